export default definePageConfig({ navigationBarTitleText: 'Talent certification · 人才认定' })
