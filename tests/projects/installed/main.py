import typedpkg
import untypedpkg
import stubbed

release: int = typedpkg.version()
result: str = stubbed.answer()
untypedpkg.helper(1)
