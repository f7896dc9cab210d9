"""Record editors: entry fields that explain bad input in place, and the site, event and activity forms."""

from fieldlog.ui.editors.forms import (
    ACTIVITY_FORMS,
    ActivityForm,
    EventForm,
    InvasiveRemovalForm,
    LitterPickupForm,
    OtherActivityForm,
    PlantingForm,
    RecordForm,
    SeedballMakingForm,
    SeedCollectionForm,
    SiteForm,
    activity_form,
)

__all__ = [
    "ACTIVITY_FORMS",
    "ActivityForm",
    "EventForm",
    "InvasiveRemovalForm",
    "LitterPickupForm",
    "OtherActivityForm",
    "PlantingForm",
    "RecordForm",
    "SeedCollectionForm",
    "SeedballMakingForm",
    "SiteForm",
    "activity_form",
]
