export default definePageConfig({ navigationBarTitleText: 'Officer simulator' })
