import '@testing-library/jest-dom'
import { __resetTaroDouble } from '../doubles/taro'

beforeEach(() => {
  __resetTaroDouble()
})
