package article

// CheckInvariants exposes checkInvariants to the external tests.
var CheckInvariants = checkInvariants
