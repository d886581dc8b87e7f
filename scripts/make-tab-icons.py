"""Draws the four tab-bar icons (81x81 PNG, grey and selected blue) with the standard library only."""
import struct, zlib, os

SIZE = 81
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'assets', 'tabbar')

def png(pixels):
    raw = b''.join(b'\x00' + bytes(sum((list(p) for p in row), [])) for row in pixels)
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

def inside_home(x, y):
    roof = y >= 14 and y <= 40 and abs(x - 40) <= (y - 14) * 1.15 and abs(x - 40) >= (y - 14) * 1.15 - 7
    body = 24 <= x <= 56 and 38 <= y <= 66 and not (35 <= x <= 45 and 50 <= y <= 66) and (x <= 28 or x >= 52 or y >= 62 or (35 <= x <= 45 and y <= 50 and y >= 46) or y <= 42)
    return roof or body

def inside_book(x, y):
    cover = 18 <= x <= 62 and 14 <= y <= 66
    inner = 24 <= x <= 56 and 20 <= y <= 60
    lines = 30 <= x <= 50 and (y in range(28, 31) or y in range(38, 41) or y in range(48, 51))
    return (cover and not inner) or lines

def inside_card(x, y):
    frame = 12 <= x <= 68 and 20 <= y <= 60
    inner = 17 <= x <= 63 and 25 <= y <= 55
    dot = (x - 30) ** 2 + (y - 38) ** 2 <= 36
    lines = 40 <= x <= 58 and (y in range(33, 36) or y in range(42, 45))
    return (frame and not inner) or dot or lines

def inside_me(x, y):
    head = (x - 40) ** 2 + (y - 28) ** 2 <= 121
    body = (x - 40) ** 2 / 484 + (y - 66) ** 2 / 400 <= 1 and y <= 66
    return head or body

for name, shape in (('home', inside_home), ('guides', inside_book), ('certificate', inside_card), ('me', inside_me)):
    for suffix, colour in (('', (92, 100, 112)), ('-active', (11, 92, 173))):
        pixels = [[(*colour, 255) if shape(x, y) else (0, 0, 0, 0) for x in range(SIZE)] for y in range(SIZE)]
        with open(os.path.join(OUT, f'{name}{suffix}.png'), 'wb') as f:
            f.write(png(pixels))
