# Clean: a sequence-like class whose __getitem__ is overloaded for an index and a slice.
from typing import Iterator, Union, overload


class Playlist:
    def __init__(self, songs: list[str]) -> None:
        self._songs = songs

    def __len__(self) -> int:
        return len(self._songs)

    def __iter__(self) -> Iterator[str]:
        return iter(self._songs)

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> "Playlist": ...
    def __getitem__(self, index: Union[int, slice]) -> Union[str, "Playlist"]:
        if isinstance(index, slice):
            return Playlist(self._songs[index])
        return self._songs[index]


mix = Playlist(["Intro", "Verse", "Outro"])
opener: str = mix[0]
rest: Playlist = mix[1:]
print(opener.upper(), len(rest))
