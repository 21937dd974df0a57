# Classes with only concrete methods, and abstract classes never instantiated
# directly, check clean.
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def step(self) -> None: ...

    def run(self) -> None:
        self.step()


class Impl(Base):
    def step(self) -> None:
        print("step")


class Mixin:
    def helper(self) -> int:
        return 1


class Combined(Mixin, Impl):
    pass


Combined().run()
print(Combined().helper())
