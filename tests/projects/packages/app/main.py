from . import util
from .models import User, Missing
from app.models import make_user
import app.util as u
import plugins.extra
from plugins import extra
import missing_dependency

user: User = make_user("ann")
count: int = util.count_words("a b")
label: int = u.label(3)
plugins.extra.register(1)
extra.register("ok")
missing_dependency.anything()
