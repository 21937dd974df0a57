# Mistakes with random: a Random's randint wants ints, choice's result has the
# element type, and uniform returns a float.
import random

rng = random.Random(7)
rng.randint(1, "6")  # E: Argument 2 to "randint" of "Random" has incompatible type "str"; expected "int"  [arg-type]
name: int = random.choice(["a", "b"])  # E: Incompatible types in assignment (expression has type "str", variable has type "int")  [assignment]
rng.sample([1, 2], "1")  # E: Argument 2 to "sample" of "Random" has incompatible type "str"; expected "int"  [arg-type]
roll: int = random.uniform(1, 6)  # E: Incompatible types in assignment (expression has type "float", variable has type "int")  [assignment]
rng.seed(1, 2, 3)  # E: Too many arguments for "seed" of "Random"  [call-arg]
