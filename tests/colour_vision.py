"""How far apart two colours look, for people with and without a colour-vision deficiency.

Dichromacy is simulated with the matrices of Machado, Oliveira & Fernandes (2009, severity 1.0)
applied in linear RGB; distances are CIE76 ΔE in CIELAB (D65). A ΔE under ~10 is hard to tell
apart on a screen at a glance.
"""

from __future__ import annotations

import itertools
import math

MACHADO = {
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
VISIONS = ("normal", *MACHADO)


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(linear: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (min(max(c, 0.0), 1.0) for c in linear)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def seen(color: str, vision: str) -> tuple[float, float, float]:
    """``#RRGGBB`` as CIELAB, as seen with ``vision``."""
    rgb = [_linear(int(color.lstrip("#")[i:i + 2], 16)) for i in (0, 2, 4)]
    if vision != "normal":
        rgb = [sum(m * c for m, c in zip(row, rgb, strict=True)) for row in MACHADO[vision]]
    return _lab(tuple(rgb))  # type: ignore[arg-type]


def closest_pair(colors: dict[str, str]) -> tuple[float, str, str, str]:
    """(ΔE, name, name, vision) of the two colours that look most alike, under any vision."""
    return min(
        (math.dist(seen(a, v), seen(b, v)), na, nb, v)
        for (na, a), (nb, b) in itertools.combinations(colors.items(), 2)
        for v in VISIONS
    )
