import { TalentCheck } from '../../components/TalentCheck'

/** /packages/guides/pages/talent/index */
export default function TalentPage() {
  return <TalentCheck />
}
