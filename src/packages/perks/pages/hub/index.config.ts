export default definePageConfig({ navigationBarTitleText: 'Work in China' })
