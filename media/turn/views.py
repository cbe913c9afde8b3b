"""TURN credentials over HTTP."""
from appliance.api import Api
from appliance.views_common import box, principal

from . import services

api = Api("media", "media")


@api.route("/media/turn-credentials", "POST", permission="media.turn",
           summary="Short-lived TURN REST credentials for the box's relay: {username, credential, ttl, uris}")
def turn_credentials():
    return services.turn_credentials_for(box().settings, principal().staff_id).as_dict()
