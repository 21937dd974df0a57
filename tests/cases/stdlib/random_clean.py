# random: choices keep the element type, the distributions return floats, and
# a Random instance has the same methods as the module.
import random
import string


def token(n: int = 8) -> str:
    return "".join(random.choices(string.ascii_letters + string.digits, k=n))


def roll(dice: int = 2) -> int:
    return sum(random.randint(1, 6) for _ in range(dice))


rng = random.Random(42)
deck = list(range(52))
rng.shuffle(deck)
hand = rng.sample(deck, 5)
reveal_type(random.choice(["a", "b"]))  # N: Revealed type is "str"
reveal_type(hand)  # N: Revealed type is "list[int]"
reveal_type(random.random())  # N: Revealed type is "float"
random.seed(1234)
weighted = random.choices(["x", "y"], weights=[0.9, 0.1], k=3)
noise = random.gauss(0, 1) + random.uniform(-1, 1) + random.expovariate(1.5)
step = random.randrange(0, 100, 5)
bits: int = random.getrandbits(32)
secure = random.SystemRandom().choice("abc")
print(token(), roll(), hand, weighted, noise, step, bits, secure, random.randbytes(4))
