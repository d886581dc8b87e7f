import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { initI18n, setLanguage } from '@/i18n'
import { StartApplication } from '@/features/apply/screens/StartApplication'
import { ApplicantCases } from '@/features/apply/components/ApplicantCases'
import { DraftsList } from '@/features/apply/screens/DraftsList'
import { useDrafts } from '@/features/apply/draftStore'
import { useSession } from '@/stores/session'
import { navigation } from '../doubles/taro'
import { freshBackend } from '../support/backend'
import { givenConsent } from '../support/consent'

beforeAll(() => initI18n('en'))
beforeEach(() => {
  setLanguage('en')
  useDrafts.setState({ drafts: {} })
  givenConsent()
})

async function signedIn(username: string) {
  const env = freshBackend()
  const user = await env.as(username)
  useSession.setState({ token: 'x', user, expiresAt: null })
  return env
}

describe('starting an application (HR)', () => {
  it('files a Gansu bundle with an optional matter: one draft, prefilled, then the form', async () => {
    await signedIn('hr.gansu')
    render(<StartApplication params={{}} />)
    fireEvent.click(await screen.findByRole('radio', { name: 'John Smith · GBR' }))
    expect(screen.getByRole('radio', { name: /New work and residence permits/ })).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByLabelText('Work Permit for Foreigners in China')).toBeChecked()
    fireEvent.click(screen.getByLabelText(/Social insurance registration/))
    fireEvent.click(screen.getByRole('button', { name: 'Start the form' }))
    const drafts = Object.values(useDrafts.getState().drafts)
    expect(drafts).toHaveLength(1)
    expect(drafts[0].matters.map((m) => m.matterId)).toEqual(['gs-work-permit', 'gs-residence-permit', 'gs-social-insurance'])
    expect(drafts[0].values).toMatchObject({ 'applicant.fullName': 'John Smith', 'applicant.nationality': 'GBR', 'job.position': 'Professor' })
    expect(drafts[0].idempotencyKey.length).toBeGreaterThan(8)
    expect(navigation.calls).toContainEqual({ kind: 'navigateTo', url: `/packages/apply/pages/form/index?draftId=${encodeURIComponent(drafts[0].id)}` })
  })

  it('warns about an extension later than 30 days before expiry, naming the source, and lets HR go on', async () => {
    await signedIn('hr.beihai')
    render(<StartApplication params={{ kind: 'permit_extension' }} />)
    fireEvent.click(await screen.findByRole('radio', { name: 'Sara Lindqvist · SWE' }))
    fireEvent.click(screen.getByLabelText("Foreigner's Work Permit"))
    const advice = await screen.findAllByText(
      /Late for an extension: Service Guide for the Foreigner's Work Permit in China \(interim\), extension asks for it at least 30 days/
    )
    expect(advice.length).toBeGreaterThan(0)
    expect(screen.getByRole('button', { name: 'Start the form' })).not.toHaveAttribute('aria-disabled')
    fireEvent.click(screen.getByRole('button', { name: 'Start the form' }))
    expect(Object.values(useDrafts.getState().drafts)).toEqual([expect.objectContaining({ kind: 'permit_extension', employeeId: 'e-sara' })])
  })

  it('shows the days left, without advice, for a permit well before the advised last day', async () => {
    await signedIn('hr.beihai')
    render(<StartApplication params={{ kind: 'permit_extension' }} />)
    // Alice's permit runs for 75 more days.
    fireEvent.click(await screen.findByRole('radio', { name: 'Alice Martin · FRA' }))
    fireEvent.click(screen.getByLabelText("Foreigner's Work Permit"))
    expect((await screen.findAllByText(/Can be filed until/)).length).toBeGreaterThan(0)
    expect(screen.queryByText(/Late for an extension/)).toBeNull()
    expect(screen.getByRole('button', { name: 'Start the form' })).not.toHaveAttribute('aria-disabled')
  })

  it('opens the talent certification with the criterion chosen in the eligibility check', async () => {
    await signedIn('hr.beihai')
    render(<StartApplication params={{ kind: 'talent_certification', criterion: 'c3' }} />)
    fireEvent.click(await screen.findByRole('radio', { name: 'Alice Martin · FRA' }))
    expect(screen.getByRole('radio', { name: /High-level talent certification/ })).toHaveAttribute('aria-checked', 'true')
    fireEvent.click(screen.getByRole('button', { name: 'Start the form' }))
    const draft = Object.values(useDrafts.getState().drafts)[0]
    expect(draft).toMatchObject({
      kind: 'talent_certification',
      regionId: 'beihai',
      criterion: 'c3',
      matters: [{ matterId: 'bh-talent-certification', action: 'apply' }]
    })
    expect(draft.values['talent.criterion']).toBe('c3')
    expect(draft.values['job.employer']).toBe('Beihai Ocean Technology Co., Ltd.')
  })
})

describe('drafts', () => {
  it('lists drafts to resume and deletes one after confirmation', async () => {
    await signedIn('hr.gansu')
    const d = useDrafts
      .getState()
      .create({
        kind: 'bundle',
        regionId: 'gansu',
        bundleId: 'gs-one-thing-2025',
        employeeId: 'e-john',
        employeeName: 'John Smith',
        applicantUserId: null,
        matters: [{ matterId: 'gs-work-permit', action: 'issue' }],
        criterion: null
      })
    render(<DraftsList />)
    const card = screen.getByRole('group', { name: /John Smith · New work and residence permits/ })
    fireEvent.click(within(card).getByRole('button', { name: 'Resume' }))
    expect(navigation.calls[0].url).toContain(encodeURIComponent(d.id))
    fireEvent.click(within(card).getByRole('button', { name: 'Delete draft' }))
    fireEvent.click(within(card).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(useDrafts.getState().drafts).toEqual({}))
    expect(screen.getByText('No drafts on this phone.')).toBeInTheDocument()
  })
})

describe('the applicant', () => {
  it('completes the section HR delegated and signs the commitment', async () => {
    const env = await signedIn('hr.gansu')
    const created = await env.client.call('cases.create', {
      body: {
        kind: 'bundle',
        regionId: 'gansu',
        bundleId: 'gs-one-thing-2025',
        employeeId: 'e-john',
        matters: [
          { matterId: 'gs-work-permit', action: 'issue' },
          { matterId: 'gs-residence-permit', action: 'issue' }
        ],
        form: { 'applicant.fullName': 'John Smith' },
        materials: [],
        delegatedSections: ['passport'],
        submit: false
      }
    })
    const john = await env.as('john')
    useSession.setState({ token: 'x', user: john, expiresAt: null })
    render(<ApplicantCases />)
    const card = await screen.findByRole('group', { name: `New work and residence permits (one-thing bundle) ${created.reference}` })
    fireEvent.click(await within(card).findByRole('button', { name: 'Complete your part' }))
    fireEvent.change(within(card).getByLabelText('Passport number'), { target: { value: 'AB-12!' } })
    fireEvent.change(within(card).getByLabelText('Passport expiry date'), { target: { value: '20310101' } })
    fireEvent.click(within(card).getByRole('button', { name: 'Save my answers' }))
    expect(await within(card).findByLabelText('Passport number')).toHaveAccessibleDescription(/Use only the letters A–Z/)
    fireEvent.change(within(card).getByLabelText('Passport number'), { target: { value: '533380006' } })
    fireEvent.click(within(card).getByRole('button', { name: 'Save my answers' }))
    expect(await within(card).findByText('Saved. Your employer can now submit.')).toBeInTheDocument()
    expect(env.backend.state.cases.find((c) => c.id === created.id)?.form['passport.number']).toBe('533380006')

    expect(within(card).getByText(/I promise that everything in the materials I submit is true/)).toBeInTheDocument()
    const sign = within(card).getByRole('button', { name: 'Sign the commitment' })
    expect(sign).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(within(card).getByLabelText('I have read the commitment and agree'))
    fireEvent.click(within(card).getByRole('button', { name: 'Sign the commitment' }))
    expect(await within(card).findByText(/Commitment signed/)).toBeInTheDocument()
    expect(env.backend.state.cases.find((c) => c.id === created.id)?.commitmentSignedAt).not.toBeNull()
  })
})
