# Plain module-level scripting: constants, reassignment with the same
# type, loops and conditionals at the top level, and results printed
# at the end. Inferred types come from the first assignment.

GREETING = "hello"
LIMIT = 5
THRESHOLD = 2.5
words = ["alpha", "beta", "gamma", "delta"]
lengths = {}
longest = ""
for word in words:
    lengths[word] = len(word)
    if len(word) > len(longest):
        longest = word
count = 0
score = 0.0
while count < LIMIT:
    count += 1
    score += THRESHOLD * count
if score > 20:
    GREETING = GREETING.upper()
elif score > 10:
    GREETING = GREETING + "!"
else:
    GREETING = "hi"
print(GREETING, longest, lengths, count, score)
