import { TalentCheck } from '@/features/guides/screens/TalentCheck'
import { usePageTitleOf } from '@/hooks/usePageTitle'
import { withBackHeader } from '@/components/withBackHeader'

/** /packages/guides/pages/talent/index */
function TalentPage() {
  usePageTitleOf('talentCheck')
  return <TalentCheck />
}

export default withBackHeader(TalentPage)
