/** The mini-program makes the holder's code on its one JavaScript thread; H5 hands it to a worker (liveCode.h5.ts). */
export { liveCodeImage as makeLiveCode, type LiveCodeImage, type LiveCodeRequest } from './liveCodeImage'
