import { bilingualPageTitle } from '../../../../pageTitles'

// The app's name in both languages: the page's own heading says what it is.
export default definePageConfig({ navigationBarTitleText: bilingualPageTitle('home') })
