// A camera for the browser to film: Chromium's fake capture device plays a Y4M file given at launch
// (--use-file-for-fake-video-capture). A test writes into that file the picture it wants filmed, a QR
// code made at test time, before it starts the scan (Chromium opens the file when the capture starts).
import fs from 'node:fs'
import { generate } from 'lean-qr'

const WIDTH = 640
const HEIGHT = 480
const FRAMES = 3

/** Chromium flags for a fake camera playing `file`, with the permission prompt answered yes. */
export const fakeCameraArgs = (file) => ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${file}`]

/** A Y4M video (4:2:0, grey) of `text` as a QR code on white paper; `contrast` 1 is black on white, lower is a faded print. */
export function writeQrVideo(file, text, { contrast = 1 } = {}) {
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235)
  if (text) {
    const code = generate(text)
    // Four modules of quiet zone, the code as large as the frame allows.
    const cell = Math.floor(Math.min(WIDTH, HEIGHT) / (code.size + 8))
    const left = Math.floor((WIDTH - code.size * cell) / 2)
    const top = Math.floor((HEIGHT - code.size * cell) / 2)
    const dark = Math.round(235 - (235 - 16) * contrast)
    for (let y = 0; y < code.size * cell; y++) {
      for (let x = 0; x < code.size * cell; x++) {
        if (code.get(Math.floor(x / cell), Math.floor(y / cell))) luma[(top + y) * WIDTH + left + x] = dark
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`)
  fs.writeFileSync(file, Buffer.concat([header, ...Array(FRAMES).fill(frame)]))
}
