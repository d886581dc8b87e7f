import { TalentCheck } from '../../components/TalentCheck'
import { usePageTitleOf } from '@/hooks/usePageTitle'

/** /packages/guides/pages/talent/index */
export default function TalentPage() {
  usePageTitleOf('talentCheck')
  return <TalentCheck />
}
