/**
 * The demo world: two employers (Beihai, Gansu) and one in Qingdao, their HR staff, foreign employees
 * with applicant accounts, cases at every stage, an issued talent certificate, verifiers at the
 * hospital and the theatre, theatre shows and hospital slots. Dates are relative to "now" so the
 * demo always has something due, overdue and expiring.
 */
import type { Case, Text, TimelineEvent } from '@/api/contract'
import type { RegionRegistry } from '@/domain/regions/registry'
import type { MatterKind } from '@/domain/regions/schema'
import { applyEvent, type MatterEvent, type MatterState } from '@/domain/case/stateMachine'
import { appealRightFor } from '@/domain/case/appealRight'
import { addDays, beijingDate } from '@/domain/time/beijing'
import { maskPassport } from '@/domain/validation/passport'
import { refreshDerived } from './caseDerived'
import { MOCK_STATE_VERSION, noFaults, type MockState, type UserRecord } from './state'
import { createIssuerKey, createTrust } from './issuer'
import { demoWeChatAccounts } from './wechat'
import { nextCaseReference } from '@/domain/case/reference'

const DAY = 24 * 3600 * 1000
const t = (en: string, zh: string): Text => ({ en, zh })

function user(
  id: string,
  username: string,
  role: UserRecord['user']['role'],
  name: Text,
  regionId: string,
  employerId: string | null,
  description: Text,
  venue: UserRecord['user']['venue'] = null
): UserRecord {
  return { username, password: 'demo1234', user: { id, role, name, employerId, venue, regionId }, description }
}

interface CasePlan {
  id: string
  regionId: string
  bundleId: string | null
  kind: Case['kind']
  employeeId: string
  /** Events applied to every matter, each `daysAgo` before now. */
  steps: { event: MatterEvent; daysAgo: number; actor?: TimelineEvent['actor']; matterIndex?: number; note?: Text; reasons?: Text[] }[]
  optionalMatters?: boolean
}

export function createSeedState(regions: RegionRegistry, nowMs: number): MockState {
  const today = beijingDate(nowMs)
  const state: MockState = {
    version: MOCK_STATE_VERSION,
    seq: 1000,
    clock: { frozenAt: null, offsetMs: 0 },
    faults: { ...noFaults },
    users: [
      user(
        'u-hr-bh',
        'hr.beihai',
        'hr',
        t('Li Na (HR, Beihai Ocean Tech)', '李娜（北海海洋科技 人事）'),
        'beihai',
        'emp-bh',
        t('HR of a Beihai employer: files and tracks cases', '北海用人单位人事：办理并跟踪案件')
      ),
      user(
        'u-hr-gs',
        'hr.gansu',
        'hr',
        t('Zhang Wei (HR, Lanzhou New Energy)', '张伟（兰州新能源 人事）'),
        'gansu',
        'emp-gs',
        t('HR of a Gansu employer: the one-thing bundle', '甘肃用人单位人事：一件事联办')
      ),
      user(
        'u-hr-qd',
        'hr.qingdao',
        'hr',
        t('Wang Fang (HR, Qingdao Marine Lab)', '王芳（青岛海洋实验室 人事）'),
        'qingdao',
        'emp-qd',
        t('HR of a Qingdao employer', '青岛用人单位人事')
      ),
      user(
        'u-alice',
        'alice',
        'applicant',
        t('Alice Martin', '爱丽丝·马丁'),
        'beihai',
        'emp-bh',
        t('Certified talent in Beihai: certificate and perks', '北海认定人才：认定书与服务')
      ),
      user(
        'u-omar',
        'omar',
        'applicant',
        t('Omar Haddad', '奥马尔·哈达德'),
        'gansu',
        'emp-gs',
        t('Engineer in Lanzhou: a case awaiting a supplement', '兰州工程师：案件待补正')
      ),
      user(
        'u-john',
        'john',
        'applicant',
        t('John Smith', '约翰·史密斯'),
        'gansu',
        'emp-gs',
        t('Professor in Lanzhou: his HR files the bundle', '兰州教授：人事为其办理一件事')
      ),
      user('u-ken', 'ken', 'applicant', t('Ken Tanaka', '田中健'), 'beihai', 'emp-bh', t('New hire in Beihai: case in review', '北海新入职：案件审查中')),
      user(
        'u-nurse',
        'nurse.bh',
        'verifier',
        t('Triage desk, Beihai People’s Hospital', '北海市人民医院 分诊台'),
        'beihai',
        null,
        t('Verifier: hospital green channel', '核验人员：医院绿色通道'),
        {
          id: 'bh-people-hospital',
          name: t('Beihai People’s Hospital', '北海市人民医院'),
          purpose: 'hospital'
        }
      ),
      user(
        'u-boxoffice',
        'boxoffice.bh',
        'verifier',
        t('Box office, Beihai People’s Theatre', '北海人民剧场 售票处'),
        'beihai',
        null,
        t('Verifier: half-price theatre tickets', '核验人员：剧场半价票'),
        {
          id: 'bh-people-theatre',
          name: t('Beihai People’s Theatre', '北海人民剧场'),
          purpose: 'theatre'
        }
      )
    ],
    sessions: {},
    // DEMO ONLY, filled below: the WeChat login code `demo:<username>` signs in as that demo account.
    wechatAccounts: {},
    claimCodes: [],
    claimFailures: {},
    employers: [
      {
        id: 'emp-bh',
        name: t('Beihai Ocean Technology Co., Ltd.', '北海海洋科技有限公司'),
        creditCode: '91450500MA5KXXXX01'.replace(/X/g, '7'),
        regionId: 'beihai',
        address: t('Beihai Avenue, Haicheng District, Beihai', '北海市海城区北海大道'),
        contactPhone: '0779-3200000'
      },
      {
        id: 'emp-gs',
        name: t('Lanzhou New Energy Research Co., Ltd.', '兰州新能源研究有限公司'),
        creditCode: '91620100MA7BXXXX02'.replace(/X/g, '3'),
        regionId: 'gansu',
        address: t('Chengguan District, Lanzhou', '兰州市城关区'),
        contactPhone: '0931-8800000'
      },
      {
        id: 'emp-qd',
        name: t('Qingdao Marine Laboratory', '青岛海洋实验室'),
        creditCode: '12370200MB1CXXXX03'.replace(/X/g, '5'),
        regionId: 'qingdao',
        address: t('Laoshan District, Qingdao', '青岛市崂山区'),
        contactPhone: '0532-8800000'
      }
    ],
    employees: [
      {
        id: 'e-alice',
        employerId: 'emp-bh',
        userId: 'u-alice',
        name: 'Alice Martin',
        nationality: 'FRA',
        passportNumber: '19FR48213',
        passportMasked: '',
        position: 'Marine biologist',
        workPermit: { number: '450500202301150012', category: 'A', validTo: addDays(today, 75) },
        residencePermit: { validTo: addDays(today, 75) }
      },
      {
        id: 'e-ken',
        employerId: 'emp-bh',
        userId: 'u-ken',
        name: 'Ken Tanaka',
        nationality: 'JPN',
        passportNumber: 'TZ1234567',
        passportMasked: '',
        position: 'Software engineer',
        workPermit: null,
        residencePermit: null
      },
      {
        id: 'e-sara',
        employerId: 'emp-bh',
        userId: null,
        name: 'Sara Lindqvist',
        nationality: 'SWE',
        passportNumber: 'AB7654321',
        passportMasked: '',
        position: 'Teacher',
        workPermit: { number: '450500202208010033', category: 'B', validTo: addDays(today, 25) },
        residencePermit: { validTo: addDays(today, 25) }
      },
      {
        id: 'e-omar',
        employerId: 'emp-gs',
        userId: 'u-omar',
        name: 'Omar Haddad',
        nationality: 'EGY',
        passportNumber: 'A12345678',
        passportMasked: '',
        position: 'Wind-power engineer',
        workPermit: null,
        residencePermit: null
      },
      {
        id: 'e-maria',
        employerId: 'emp-gs',
        userId: null,
        name: 'Maria Rossi',
        nationality: 'ITA',
        passportNumber: 'YA9876543',
        passportMasked: '',
        position: 'Researcher',
        workPermit: { number: '620100202405060021', category: 'B', validTo: addDays(today, 55) },
        residencePermit: { validTo: addDays(today, 55) }
      },
      {
        id: 'e-john',
        employerId: 'emp-gs',
        userId: 'u-john',
        name: 'John Smith',
        nationality: 'GBR',
        passportNumber: '533380006',
        passportMasked: '',
        position: 'Professor',
        workPermit: null,
        residencePermit: null
      },
      {
        id: 'e-ivan',
        employerId: 'emp-gs',
        userId: null,
        name: 'Ivan Petrov',
        nationality: 'RUS',
        passportNumber: '751234567',
        passportMasked: '',
        position: 'Metallurgist',
        workPermit: null,
        residencePermit: null
      },
      {
        id: 'e-lena',
        employerId: 'emp-qd',
        userId: null,
        name: 'Lena Vogel',
        nationality: 'DEU',
        passportNumber: 'C01X00T47',
        passportMasked: '',
        position: 'Oceanographer',
        workPermit: null,
        residencePermit: null
      }
    ],
    cases: [],
    uploads: [],
    appointments: [],
    issuer: createIssuerKey(),
    trust: createTrust(),
    bindChallenges: [],
    usedPresentations: [],
    certificates: [
      {
        userId: 'u-alice',
        passportNumber: '19FR48213',
        devicePublicKey: null,
        credentialId: null,
        signed: null,
        certificate: {
          number: 'BHKJ-2026-0007',
          holderName: t('Alice Martin', '爱丽丝·马丁'),
          nationality: 'FRA',
          validFrom: addDays(today, -200),
          validTo: addDays(today, 75),
          issuer: t('Beihai Municipal Science and Technology Bureau', '北海市科学技术局'),
          issuedOn: addDays(today, -200),
          entitlements: ['hospital', 'theatre', 'school', 'childcare', 'events', 'research', 'talent_programme', 'mobile_vip', 'one_window_permits'],
          status: 'active'
        }
      }
    ],
    revokedCredentials: [{ credentialId: 'AAAAAAAAAAA', at: new Date(nowMs - 40 * DAY).toISOString() }],
    redemptions: [],
    theatreShows: [],
    theatreBookings: [],
    hospitalDepartments: [],
    hospitalSlots: [],
    hospitalBookings: [],
    schoolApplications: [],
    notifications: [],
    outbox: [],
    idempotency: {}
  }
  for (const e of state.employees) e.passportMasked = maskPassport(e.passportNumber)
  state.wechatAccounts = demoWeChatAccounts(state.users)

  const plans: CasePlan[] = [
    // Gansu: one case per stage of the bundle's life
    {
      id: 'case-gs-1',
      regionId: 'gansu',
      bundleId: 'gs-one-thing-2025',
      kind: 'bundle',
      employeeId: 'e-omar',
      optionalMatters: true,
      steps: [
        { event: 'submit', daysAgo: 9, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 8, actor: 'system' },
        { event: 'request_supplement', daysAgo: 6, actor: 'officer', note: t('One-time notice: 2 items', '一次性告知：2 项') }
      ]
    },
    {
      id: 'case-gs-2',
      regionId: 'gansu',
      bundleId: 'gs-one-thing-2025',
      kind: 'bundle',
      employeeId: 'e-john',
      steps: [
        { event: 'submit', daysAgo: 3, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 2, actor: 'system' }
      ]
    },
    {
      id: 'case-gs-3',
      regionId: 'gansu',
      bundleId: 'gs-one-thing-2025',
      kind: 'bundle',
      employeeId: 'e-ivan',
      steps: [
        { event: 'submit', daysAgo: 30, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 29, actor: 'system' },
        { event: 'accept_on_site', daysAgo: 27, actor: 'officer' },
        { event: 'start_review', daysAgo: 27, actor: 'system' }
      ]
    },
    {
      id: 'case-gs-4',
      regionId: 'gansu',
      bundleId: 'gs-one-thing-2025',
      kind: 'bundle',
      employeeId: 'e-maria',
      steps: [
        { event: 'submit', daysAgo: 400, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 399, actor: 'system' },
        { event: 'accept_on_site', daysAgo: 397, actor: 'officer' },
        { event: 'start_review', daysAgo: 397, actor: 'system' },
        { event: 'approve', daysAgo: 390, actor: 'officer' },
        { event: 'issue', daysAgo: 389, actor: 'officer' }
      ]
    },
    // Beihai: in review, an extension rejected (no review in the documents: beihai-2020 and -2023 grant none for
    // the work permit), a certification issued, and a certification rejected inside its review window (beihai-2023 art. 13)
    {
      id: 'case-bh-1',
      regionId: 'beihai',
      bundleId: 'bh-one-window-2020',
      kind: 'bundle',
      employeeId: 'e-ken',
      steps: [
        { event: 'submit', daysAgo: 5, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 5, actor: 'system' },
        { event: 'accept_on_site', daysAgo: 4, actor: 'officer' },
        { event: 'start_review', daysAgo: 4, actor: 'system' }
      ]
    },
    {
      id: 'case-bh-2',
      regionId: 'beihai',
      bundleId: null,
      kind: 'permit_extension',
      employeeId: 'e-sara',
      steps: [
        { event: 'submit', daysAgo: 4, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 4, actor: 'system' },
        { event: 'accept_on_site', daysAgo: 3, actor: 'officer' },
        { event: 'start_review', daysAgo: 3, actor: 'system' },
        {
          event: 'reject',
          daysAgo: 1,
          actor: 'officer',
          reasons: [t('The employment contract ends before the requested extension.', '劳动合同到期日早于申请延期的期限。')]
        }
      ]
    },
    {
      id: 'case-bh-3',
      regionId: 'beihai',
      bundleId: null,
      kind: 'talent_certification',
      employeeId: 'e-alice',
      steps: [
        { event: 'submit', daysAgo: 210, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 210, actor: 'system' },
        { event: 'accept_on_site', daysAgo: 209, actor: 'officer' },
        { event: 'start_review', daysAgo: 209, actor: 'system' },
        { event: 'approve', daysAgo: 204, actor: 'officer' },
        { event: 'issue', daysAgo: 200, actor: 'officer' }
      ]
    },
    {
      id: 'case-bh-4',
      regionId: 'beihai',
      bundleId: null,
      kind: 'talent_certification',
      employeeId: 'e-ken',
      steps: [
        { event: 'submit', daysAgo: 8, actor: 'hr' },
        { event: 'start_pre_review', daysAgo: 8, actor: 'system' },
        { event: 'accept_on_site', daysAgo: 7, actor: 'officer' },
        { event: 'start_review', daysAgo: 7, actor: 'system' },
        {
          event: 'reject',
          daysAgo: 1,
          actor: 'officer',
          reasons: [t('The proof submitted does not show that the chosen criterion is met.', '所提交的证明材料不能证明符合所选认定标准。')]
        }
      ]
    },
    { id: 'case-qd-1', regionId: 'qingdao', bundleId: 'qd-one-thing-2025', kind: 'bundle', employeeId: 'e-lena', steps: [] }
  ]

  for (const plan of plans) {
    const built = buildCase(state, regions, plan, nowMs)
    if (built) state.cases.push(built)
  }
  const supplementCase = state.cases.find((c) => c.id === 'case-gs-1')
  if (supplementCase) {
    const at = supplementCase.timeline[supplementCase.timeline.length - 1]?.at ?? new Date(nowMs).toISOString()
    supplementCase.supplement = {
      requestedAt: at,
      answeredAt: null,
      items: [
        {
          id: 'si-1',
          kind: 'material',
          ref: 'gs-wp-medical-certificate',
          message: t('The medical certificate is older than 6 months: upload a new one.', '体检证明已超过6个月，请上传新的体检证明。'),
          resolved: false
        },
        {
          id: 'si-2',
          kind: 'field',
          ref: 'residence.address',
          message: t('Give the full home address including the room number.', '请填写包含门牌号的完整住址。'),
          resolved: false
        }
      ]
    }
    for (const userId of ['u-hr-gs', 'u-omar']) {
      state.notifications.push({
        id: `n-seed-${userId}`,
        userId,
        at,
        kind: 'supplement',
        title: t('Please supplement your application', '请补正申请材料'),
        body: t('2 item(s) to add or fix', '需补正 2 项'),
        caseId: supplementCase.id,
        read: false
      })
    }
  }
  seedPerks(state, today)
  return state
}

function buildCase(state: MockState, regions: RegionRegistry, plan: CasePlan, nowMs: number): Case | null {
  const employee = state.employees.find((e) => e.id === plan.employeeId)
  const region = regions.get(plan.regionId)
  if (!employee || !region) return null
  const bundle = plan.bundleId ? regions.bundle(plan.regionId, plan.bundleId) : undefined
  const matterRefs = bundle
    ? bundle.matters.filter((m) => m.required || plan.optionalMatters).map((m) => m.matterId)
    : plan.kind === 'talent_certification'
      ? region.matters.filter((m) => m.kind === 'talent_certification').map((m) => m.id)
      : region.matters.filter((m) => m.kind === 'work_permit').map((m) => m.id)
  const action = plan.kind === 'permit_extension' ? 'extend' : plan.kind === 'talent_certification' ? 'apply' : 'issue'
  const matters = matterRefs.map((id) => {
    const kind = regions.matter(plan.regionId, id)?.kind ?? 'work_permit'
    return {
      matterId: id,
      kind,
      action: kind === 'work_permit' || kind === 'residence_permit' ? action : (regions.matter(plan.regionId, id)?.actions[0] ?? 'issue'),
      state: 'draft' as MatterState,
      decidedAt: null as string | null,
      reasons: [] as Text[],
      documentNumber: null as string | null
    }
  })
  const created = new Date(nowMs - (plan.steps[0]?.daysAgo ?? 1) * DAY - 3600 * 1000).toISOString()
  const c: Case = {
    id: plan.id,
    reference: nextCaseReference(state.cases.map((k) => k.reference), plan.regionId, created),
    kind: plan.kind,
    regionId: plan.regionId,
    bundleId: plan.bundleId,
    employerId: employee.employerId,
    employeeId: employee.id,
    applicantUserId: employee.userId,
    applicantName: employee.name,
    status: 'draft',
    matters,
    form: demoForm(employee),
    materials: [],
    supplement: null,
    appointment: null,
    delegatedSections: employee.userId ? ['applicant'] : [],
    commitmentSignedAt: plan.steps.length ? created : null,
    submittedAt: null,
    acceptedOn: null,
    pauses: [],
    timeline: [],
    createdAt: created,
    updatedAt: created
  }
  const kinds = matters.map((m) => m.kind as MatterKind)
  const allMaterials = kinds.length ? matterRefs.flatMap((id) => regions.matter(plan.regionId, id)?.materialRefs ?? []) : []
  const seen = new Set<string>()
  for (const m of allMaterials) {
    if (seen.has(m.id) || !m.required) continue
    seen.add(m.id)
    c.materials.push({
      materialId: m.id,
      uploadIds: [`u-seed-${m.id}`],
      documentDate: null,
      servesMatterIds: matterRefs.filter((id) => regions.matter(plan.regionId, id)?.materialRefs.some((x) => x.id === m.id))
    })
  }
  let n = 0
  for (const step of plan.steps) {
    const at = new Date(nowMs - step.daysAgo * DAY + 9 * 3600 * 1000 - 8 * 3600 * 1000).toISOString()
    for (const matter of c.matters) {
      const result = applyEvent(matter.state, step.event, step.actor ?? 'officer', at, {
        ctx: {
          acceptedBefore: c.timeline.some((e) => e.matterId === matter.matterId && e.to === 'accepted'),
          appealRight: appealRightFor(plan.regionId, matter.kind),
          decisionDate: beijingDate(Date.parse(at)),
          today: beijingDate(Date.parse(at))
        }
      })
      if (!result.ok) continue
      c.timeline.push({
        id: `t-${plan.id}-${n++}`,
        at,
        actor: step.actor ?? 'officer',
        event: step.event,
        matterId: matter.matterId,
        from: matter.state,
        to: result.next,
        note: step.note ?? null
      })
      matter.state = result.next
      if (step.event === 'approve' || step.event === 'reject') {
        matter.decidedAt = at
        matter.reasons = step.reasons ?? []
      }
      if (step.event === 'issue' && matter.kind === 'work_permit') matter.documentNumber = employee.workPermit?.number ?? '620100202405060021'
    }
    if (step.event === 'submit') c.submittedAt = at
    c.updatedAt = at
  }
  refreshDerived(c)
  return c
}

function demoForm(employee: MockState['employees'][number]): Record<string, unknown> {
  return {
    'applicant.fullName': employee.name,
    'applicant.sex': 'female',
    'applicant.birthDate': '1988-04-12',
    'applicant.nationality': employee.nationality,
    'applicant.phone': '13800138000',
    'passport.number': employee.passportNumber,
    'passport.expiry': '2031-05-01',
    'job.position': employee.position,
    'job.contractFrom': '2026-01-01',
    'job.contractTo': '2028-12-31',
    'job.annualSalary10k': 32,
    'residence.address': 'Room 1203, Building 5, Lanzhou',
    'insurance.startMonth': '2026-01',
    'title.series': 'Engineering'
  }
}

function seedPerks(state: MockState, today: string): void {
  const shows = [
    { en: 'Beibu Gulf Symphony Night', zh: '北部湾交响之夜', price: 18000 },
    { en: 'Guangxi Caidiao Opera: Liu Sanjie', zh: '广西彩调剧《刘三姐》', price: 12000 },
    { en: 'Pearl of the South China Sea — Dance Drama', zh: '舞剧《南珠》', price: 22000 },
    { en: 'Children’s Theatre: The Little Mermaid', zh: '儿童剧《海的女儿》', price: 8000 }
  ]
  shows.forEach((s, i) => {
    state.theatreShows.push({
      id: `show-${i + 1}`,
      regionId: 'beihai',
      title: t(s.en, s.zh),
      description: t('Part of the Monthly Art Showcase (艺术精品月月演) at Beihai People’s Theatre.', '“艺术精品月月演”系列演出，北海人民剧场。'),
      venueId: 'bh-people-theatre',
      date: addDays(today, 5 + i * 7),
      time: '19:30',
      listPriceFen: s.price,
      seatsLeft: 120
    })
  })
  const departments = [
    ['dep-im', 'Internal medicine', '内科'],
    ['dep-surg', 'General surgery', '普通外科'],
    ['dep-ped', 'Paediatrics', '儿科'],
    ['dep-gyn', 'Obstetrics and gynaecology', '妇产科'],
    ['dep-ent', 'Ear, nose and throat', '耳鼻喉科']
  ]
  for (const [id, en, zh] of departments) {
    state.hospitalDepartments.push({
      id,
      hospitalId: 'bh-people-hospital',
      name: t(en, zh),
      description: t('Green channel for certified talents: priority registration and examinations.', '认定人才绿色通道：优先挂号、优先检查。')
    })
    for (let d = 1; d <= 7; d++) {
      const date = addDays(today, d)
      for (const [start, end] of [
        ['08:30', '09:00'],
        ['09:00', '09:30'],
        ['10:00', '10:30'],
        ['15:00', '15:30'],
        ['16:00', '16:30']
      ]) {
        state.hospitalSlots.push({ id: `hs-${id}-${date}-${start.replace(':', '')}`, departmentId: id, date, start, end, capacity: 2, booked: 0 })
      }
    }
  }
}
