# Unpacking a tuple whose length is known must use exactly as many
# targets as the tuple has items. Too many or too few targets are both
# reported at the assignment.


def coordinates() -> tuple[int, int, int]:
    return 1, 2, 3


a, b = coordinates()  # E: Too many values to unpack (2 expected, 3 provided)  [misc]
p, q, r, s = coordinates()  # E: Need more than 3 values to unpack (4 expected)  [misc]
one, two = 1, 2, 3  # E: Too many values to unpack (2 expected, 3 provided)  [misc]
u, v, w = "x", "y"  # E: Need more than 2 values to unpack (3 expected)  [misc]
x, y, z = coordinates()
(m, n), k = (1, 2), 3
(c, d), e = (1, 2, 3), 4  # E: Too many values to unpack (2 expected, 3 provided)  [misc]
print(x + y + z, m + n + k)
