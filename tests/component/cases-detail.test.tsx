import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { CaseDetail } from '@/features/cases/screens/CaseDetail'
import { useSession } from '@/stores/session'
import { navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { givenConsent } from '../support/consent'

const NOW = '2026-11-20T02:00:00.000Z' // Friday 10:00 in Beijing
const DAY = 24 * 3600 * 1000

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse(NOW))
  givenConsent()
})
afterEach(() => jest.restoreAllMocks())

async function signIn(username: string) {
  const env = freshBackend(NOW)
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

const stage = (name: RegExp) => screen.getByRole('listitem', { name })

describe('case detail', () => {
  it('shows a case in review: stages, due dates, overdue and the next action', async () => {
    await signIn('hr.gansu')
    render(<CaseDetail caseId='case-gs-3' />)
    expect(await screen.findByRole('heading', { level: 1, name: "Working in China: the 'One Thing' bundle" })).toBeInTheDocument()
    // Accepted 27 days ago: 15 working days promised (passed), 90 by law (running).
    expect(screen.getByText('Promised: 15 working days · Statutory limit: 90 working days')).toBeInTheDocument()
    expect(screen.getByLabelText(/^Promised by: \d{4}-\d\d-\d\d\. Overdue$/)).toBeInTheDocument()
    expect(screen.getByLabelText(/^Statutory deadline: \d{4}-\d\d-\d\d\. \d+ working days left$/)).toBeInTheDocument()
    // The limits name the document they come from.
    expect(screen.getByText(/^Source: Notice on issuing the Work Plan for the 'Working in China' One-Thing Service.*time limits/)).toBeInTheDocument()
    expect(stage(/^3\. In-person step at the window: Done$/)).toBeInTheDocument()
    const approval = stage(/^4\. Parallel approval: Now$/)
    expect(within(approval).getByText(/Each department decides its own matter/)).toBeInTheDocument()
    expect(within(approval).getAllByText(/: In review$/).length).toBeGreaterThanOrEqual(2)
    expect(screen.getByText('Nothing to do now')).toBeInTheDocument()
    expect(screen.getAllByText(/by the office|automatically|by the employer/).length).toBeGreaterThan(0)
  })

  it("lists the case's materials, each with the document that asks for it and its validity rule", async () => {
    await signIn('hr.gansu')
    render(<CaseDetail caseId='case-gs-3' />)
    const list = await screen.findByRole('list', { name: 'Materials' })
    // The document most of them come from is named once, above the list; each item gives its article.
    expect(
      screen.getByText(
        /^Source: Notice on issuing the Work Plan for the 'Working in China' One-Thing Service \(Annex 1: Gansu service guide; Annex 2: process flowchart\)$/
      )
    ).toBeInTheDocument()
    // A material two matters share is listed once.
    expect(within(list).getAllByRole('listitem', { name: /^Employment contract/ })).toHaveLength(1)
    const photo = within(list).getByRole('listitem', { name: /^Applicant's front-facing photo.*: handed in$/ })
    // The annex that lists it, and its words on tap.
    const source = within(photo).getByRole('button', {
      name: /^Source: annex 1 \(service guide\), materials · show the words$/
    })
    fireEvent.click(source)
    expect(within(photo).getByText('“申请人6个月内正面免冠照片 申请人自备 原件 电子 1 必要”')).toBeInTheDocument()
    // The guide states the 6 months for the photo: a rule, with where it says so.
    expect(within(photo).getByText('Must be issued within the last 6 months.')).toBeInTheDocument()
    expect(within(photo).getByText(/^Source: .*service guide.*work-permit materials list/)).toBeInTheDocument()
    // The passport's 6 months left is no document's: advice, and said so.
    const passport = within(list).getByRole('listitem', { name: /^Applicant's passport/ })
    expect(within(passport).getByText('Offices usually want it valid for at least 6 more months.')).toBeInTheDocument()
    expect(within(passport).getByText("Not in the region's documents: general practice, check with the office.")).toBeInTheDocument()
  })

  it('before acceptance: the clock has not started and the visit must be booked', async () => {
    await signIn('hr.gansu')
    render(<CaseDetail caseId='case-gs-2' />)
    expect(await screen.findByText(/The clock starts the day after the office accepts/)).toBeInTheDocument()
    expect(stage(/^2\. Online pre-review: Now$/)).toBeInTheDocument()
    fireEvent.click(screen.getAllByRole('button', { name: 'Book the in-person visit' })[0])
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: '/packages/cases/pages/appointment/index?id=case-gs-2' })
  })

  it('answers a supplement item by item, then resubmits', async () => {
    await signIn('hr.gansu')
    const pickFile = jest.fn(async () => ({ filePath: 'blob:medical', name: 'medical.jpg', mime: 'image/jpeg', size: 2048 }))
    render(<CaseDetail caseId='case-gs-1' pickFile={pickFile} />)
    expect(await screen.findByRole('heading', { name: 'Supplement notice' })).toBeInTheDocument()
    expect(screen.getByText('Answer the supplement notice')).toBeInTheDocument()
    expect(screen.getByText("The office's time limit is paused until you resubmit.")).toBeInTheDocument()
    expect(screen.getByText('2 items still to answer')).toBeInTheDocument()
    // The notice's reference is matched to the region's material, named in the reader's language.
    expect(screen.getByText('1. Material · Medical examination certificate')).toBeInTheDocument()
    const resubmit = screen.getByRole('button', { name: 'Resubmit to the office' })
    expect(resubmit).toHaveAttribute('aria-disabled', 'true')

    // The field: an empty value is refused before anything is sent.
    const address = screen.getByLabelText('Home address in China')
    fireEvent.change(address, { target: { value: '' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('This field is required.')
    fireEvent.change(address, { target: { value: 'Room 1203, Unit 2, Building 5, Lanzhou' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save correction' }))
    expect(await screen.findByText('1 item still to answer')).toBeInTheDocument()

    // The material: a new photo.
    fireEvent.click(screen.getByRole('button', { name: 'Upload a photo of it' }))
    expect(await screen.findByText('Every item is answered: you can resubmit.')).toBeInTheDocument()
    expect(pickFile).toHaveBeenCalledTimes(1)
    expect(screen.getAllByText('Answered ✓')).toHaveLength(2)

    fireEvent.click(screen.getByRole('button', { name: 'Resubmit to the office' }))
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Supplement notice' })).not.toBeInTheDocument())
    expect(screen.getAllByText('In progress').length).toBeGreaterThan(0)
    expect(screen.getAllByText(/^Resubmitted · by the employer$/).length).toBe(1)
  })

  it('Beihai certification: offers the employer an appeal within 5 working days, with the reasons and the source', async () => {
    await signIn('hr.beihai')
    render(<CaseDetail caseId='case-bh-4' />)
    expect(await screen.findByText(/The proof submitted does not show that the chosen criterion is met/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Decision and appeal' })).toBeInTheDocument()
    expect(screen.getByText(/^You can appeal until \d{4}-\d\d-\d\d \(5 working days after the decision\)\.$/)).toBeInTheDocument()
    expect(screen.getByText('Source: Beihai measures for certifying foreign high-level and urgently-needed talents (2023), art. 13')).toBeInTheDocument()
    expect(screen.getByText('Appeal or accept the decision')).toBeInTheDocument()
    fireEvent.change(screen.getByLabelText('Why the decision should be reviewed (optional)'), { target: { value: 'The contract was renewed.' } })
    fireEvent.click(screen.getByRole('button', { name: 'File an appeal' }))
    expect(await screen.findByText(/^Appeal filed on \d{4}-\d\d-\d\d\. The office answers by \d{4}-\d\d-\d\d \(within 15 days\)\.$/)).toBeInTheDocument()
    expect(screen.getByText('Until then, the original decision stands.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'File an appeal' })).not.toBeInTheDocument()
  })

  it('tells the applicant that only the employer can appeal, and offers no button', async () => {
    await signIn('ken')
    render(<CaseDetail caseId='case-bh-4' />)
    expect(
      await screen.findByText(
        /^Your employer can appeal until \d{4}-\d\d-\d\d \(5 working days after the decision\): only the employer can ask for this review\.$/
      )
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'File an appeal' })).not.toBeInTheDocument()
  })

  it('offers no appeal for a rejected work-permit extension: the documents grant none', async () => {
    await signIn('hr.beihai')
    render(<CaseDetail caseId='case-bh-2' />)
    expect(await screen.findByText(/The employment contract ends before the requested extension/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Decision' })).toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent("The region's documents provide no appeal against this decision.")
    expect(screen.queryByText(/You can appeal/)).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'File an appeal' })).not.toBeInTheDocument()
    expect(screen.queryByText('Appeal or accept the decision')).not.toBeInTheDocument()
  })

  it('says a refused residence permit is final, naming the law', async () => {
    const env = await signIn('hr.gansu')
    await env.client.call('officer.act', { params: { caseId: 'case-gs-3' }, body: { action: 'reject', reasons: [{ en: 'Not eligible', zh: '不符合条件' }] } })
    render(<CaseDetail caseId='case-gs-3' />)
    const notes = await screen.findAllByRole('note')
    expect(notes.map((n) => n.textContent)).toEqual(
      expect.arrayContaining([
        "The region's documents provide no appeal against this decision.",
        'This refusal is final: the law allows no appeal. You can apply again once you meet the conditions.Source: Exit and Entry Administration Law of the PRC, art. 36'
      ])
    )
    expect(screen.queryByRole('button', { name: 'File an appeal' })).not.toBeInTheDocument()
  })

  it('says why the appeal is gone once the window has closed', async () => {
    await signIn('hr.beihai')
    ;(Date.now as jest.Mock).mockReturnValue(Date.parse(NOW) + 12 * DAY)
    render(<CaseDetail caseId='case-bh-4' />)
    expect(await screen.findByRole('note')).toHaveTextContent(
      /The appeal window closed on \d{4}-\d\d-\d\d: an appeal had to be filed within 5 working days of the decision on \d{4}-\d\d-\d\d\. The decision stands\./
    )
    expect(screen.queryByRole('button', { name: 'File an appeal' })).not.toBeInTheDocument()
    expect(screen.getByText('Nothing to do')).toBeInTheDocument()
  })

  it('reads in Chinese', async () => {
    await signIn('hr.gansu')
    setLanguage('zh-CN')
    render(<CaseDetail caseId='case-gs-2' />)
    expect(await screen.findByText('网上预审')).toBeInTheDocument()
    expect(screen.getByText('办理时限自窗口现场受理的次日起计算。')).toBeInTheDocument()
  })
})
