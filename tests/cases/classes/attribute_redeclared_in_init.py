# A subclass that declares an inherited attribute again in a method
# (`self.scope: BackendScope = ...`) gives it its own type, which must fit
# the base's declaration.
class Scope:
    pass


class BackendScope(Scope):
    def cancel(self) -> None:
        pass


class Group:
    scope: Scope


class BackendGroup(Group):
    def __init__(self) -> None:
        self.scope: BackendScope = BackendScope()

    def stop(self) -> None:
        self.scope.cancel()


class Broken(Group):
    def __init__(self) -> None:
        self.scope: int = 1  # E: Incompatible types in assignment (expression has type "int", base class "Group" defined the type as "Scope")  [assignment]


reveal_type(BackendGroup().scope)  # N: Revealed type is "attribute_redeclared_in_init.BackendScope"
