"""OAuth 2 on the box (Authlib): authorization code + PKCE for browsers, client credentials for
devices and services, rotating refresh tokens with reuse detection, 15-minute JWT access tokens."""

import warnings

from authlib.deprecate import AuthlibDeprecationWarning

# Authlib 1.x announces API changes due in 2.0 on every token issued; the box pins authlib<2.
warnings.filterwarnings("ignore", category=AuthlibDeprecationWarning)
