# Keyword-only parameters after a bare star, with and without
# defaults, called in every legal arrangement: required keywords given
# by name, optional ones left out or passed in any order.


def paginate(total: int, *, per_page: int, page: int = 1) -> str:
    pages = (total + per_page - 1) // per_page
    return "page " + str(page) + " of " + str(pages)


def make_url(host: str, path: str = "/", *, secure: bool = True, port: int = 0) -> str:
    scheme = "http"
    if secure:
        scheme = "https"
    url = scheme + "://" + host
    if port:
        url = url + ":" + str(port)
    return url + path


print(paginate(95, per_page=10))
print(paginate(95, page=3, per_page=20))
print(paginate(total=5, per_page=1, page=5))
print(make_url("example.org"))
print(make_url("example.org", "/docs", secure=False))
print(make_url("localhost", port=8080, secure=False, path="/api"))
