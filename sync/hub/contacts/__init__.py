"""Each clinic's phone at the hub: the number (E.164) a remote doctor rings when the video call cannot
reach the clinic, and who answers it. Set by a hub admin on the clinic's console page or with
`clinic hub contact`; read by the call page and the doctor's consult screen."""
