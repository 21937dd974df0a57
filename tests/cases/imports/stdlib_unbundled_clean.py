# Standard-library modules without a bundled stub are Any, silently.
import asyncio
import concurrent.futures
import email.mime.text
import http.client
import xml.etree.ElementTree as ET
from urllib.parse import urlparse
from importlib import import_module

loop = asyncio.new_event_loop()
tree = ET.fromstring("<a/>")
parts = urlparse("https://example.org")
module = import_module("json")
