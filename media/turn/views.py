"""TURN credentials over HTTP."""
from pydantic import Field

from appliance.api import Api
from appliance.common import Output
from appliance.views_common import box, principal

from . import services

api = Api("media", "media")


class TurnCredentialsOut(Output):
    username: str = Field(description="<expiry unix time>:<staff id>")
    credential: str = Field(description="HMAC of the username under the relay's current secret")
    ttl: int = Field(description="Seconds the credential is valid")
    uris: list[str] = Field(description="turn: and turns: URIs of the box's relay")


@api.route("/media/turn-credentials", "POST", permission="media.turn",
           summary="Short-lived TURN REST credentials for the box's relay: {username, credential, ttl, uris}",
           response=TurnCredentialsOut)
def turn_credentials():
    return services.turn_credentials_for(box().settings, principal().staff_id).as_dict()
