export default definePageConfig({ navigationBarTitleText: 'Verify · 核验' })
