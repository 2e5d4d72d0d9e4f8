"""人员登记: the people page, the person form, roster import and the camera."""
