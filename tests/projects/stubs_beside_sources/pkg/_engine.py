class Engine:
    speed: int = 0
