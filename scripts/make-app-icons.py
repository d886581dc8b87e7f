"""Draws the H5 app's icons (home screen, install prompt, favicon) with the standard library only.

A white certificate card on the app's blue, the mark kept inside the middle 60% so that a launcher's
round or squircle mask (a "maskable" icon) never cuts it.
"""
import struct, zlib, os

OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'pwa', 'icons')
BLUE = (11, 92, 173, 255)
WHITE = (255, 255, 255, 255)

def png(size, pixels):
    raw = b''.join(b'\x00' + bytes(sum((list(p) for p in row), [])) for row in pixels)
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def card(u, v):
    """The mark on a 0..1 square: a card frame with a round seal and two lines of text."""
    frame = 0.22 <= u <= 0.78 and 0.30 <= v <= 0.70
    inner = 0.26 <= u <= 0.74 and 0.34 <= v <= 0.66
    seal = (u - 0.37) ** 2 + (v - 0.48) ** 2 <= 0.065 ** 2
    lines = 0.48 <= u <= 0.68 and (0.43 <= v <= 0.46 or 0.52 <= v <= 0.55)
    return (frame and not inner) or seal or lines

for size in (32, 192, 512):
    pixels = [[WHITE if card((x + 0.5) / size, (y + 0.5) / size) else BLUE for x in range(size)] for y in range(size)]
    with open(os.path.join(OUT, f'icon-{size}.png'), 'wb') as f:
        f.write(png(size, pixels))
