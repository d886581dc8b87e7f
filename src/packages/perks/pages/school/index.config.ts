import { bilingualPageTitle } from '../../../../pageTitles'

export default definePageConfig({ navigationBarTitleText: bilingualPageTitle('school') })
