package classify

import (
	"sync"
	"time"
	_ "time/tzdata" // zone rules must not depend on the host's tzdata
)

var locCache sync.Map // IANA name -> *time.Location

// loadZone returns the named IANA zone, or nil if unknown.
func loadZone(name string) *time.Location {
	if v, ok := locCache.Load(name); ok {
		return v.(*time.Location)
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	locCache.Store(name, loc)
	return loc
}

// zoneAbbrevs are zone abbreviations, matched only when written in upper
// case (so the French "et" is not Eastern time). A value of "IST" is
// decided by context (India or Ireland).
var zoneAbbrevs = map[string]string{
	"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York", "EAST": "America/New_York",
	"CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
	"MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
	"PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
	"AKST": "America/Anchorage", "AKDT": "America/Anchorage", "HST": "Pacific/Honolulu",
	"AST": "America/Halifax", "ADT": "America/Halifax", "NST": "America/St_Johns", "NDT": "America/St_Johns",
	"GMT": "UTC", "UTC": "UTC", "UT": "UTC", "Z": "UTC",
	"BST": "Europe/London", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
	"CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
	"EET": "Europe/Athens", "EEST": "Europe/Athens", "MSK": "Europe/Moscow",
	"IST": "IST", "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "JST": "Asia/Tokyo", "KST": "Asia/Seoul",
	"AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "AET": "Australia/Sydney",
	"ACST": "Australia/Adelaide", "ACDT": "Australia/Adelaide", "AWST": "Australia/Perth",
	"NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "BRT": "America/Sao_Paulo",
	"ART": "America/Argentina/Buenos_Aires", "SAST": "Africa/Johannesburg", "GST": "Asia/Dubai",
	"PKT": "Asia/Karachi", "ICT": "Asia/Bangkok", "WIB": "Asia/Jakarta", "PHT": "Asia/Manila",
	"EAT": "Africa/Nairobi", "WAT": "Africa/Lagos", "CAT": "Africa/Maputo", "IDT": "Asia/Jerusalem",
}

// zoneWords are place and region words that name a zone when followed by
// "time" (or, for the four US regions, on their own after a clock time).
// Multi-word keys are joined with spaces.
var zoneWords = map[string]string{
	"pacific": "America/Los_Angeles", "eastern": "America/New_York", "central": "America/Chicago",
	"mountain": "America/Denver", "atlantic": "America/Halifax",
	"new york": "America/New_York", "nyc": "America/New_York", "ny": "America/New_York", "boston": "America/New_York",
	"toronto": "America/Toronto", "montreal": "America/Toronto", "ottawa": "America/Toronto", "quebec": "America/Toronto",
	"vancouver": "America/Vancouver", "chicago": "America/Chicago", "denver": "America/Denver",
	"la": "America/Los_Angeles", "los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles",
	"sf": "America/Los_Angeles", "seattle": "America/Los_Angeles", "california": "America/Los_Angeles",
	"austin": "America/Chicago", "texas": "America/Chicago", "phoenix": "America/Phoenix", "arizona": "America/Phoenix",
	"hawaii": "Pacific/Honolulu", "calgary": "America/Edmonton", "halifax": "America/Halifax",
	"london": "Europe/London", "uk": "Europe/London", "british": "Europe/London", "england": "Europe/London",
	"dublin": "Europe/Dublin", "irish": "Europe/Dublin", "ireland": "Europe/Dublin",
	"lisbon": "Europe/Lisbon", "portugal": "Europe/Lisbon", "portuguese": "Europe/Lisbon",
	"berlin": "Europe/Berlin", "german": "Europe/Berlin", "germany": "Europe/Berlin", "munich": "Europe/Berlin",
	"paris": "Europe/Paris", "france": "Europe/Paris", "french": "Europe/Paris",
	"madrid": "Europe/Madrid", "spain": "Europe/Madrid", "spanish": "Europe/Madrid", "barcelona": "Europe/Madrid",
	"amsterdam": "Europe/Amsterdam", "dutch": "Europe/Amsterdam", "brussels": "Europe/Brussels",
	"zurich": "Europe/Zurich", "swiss": "Europe/Zurich", "vienna": "Europe/Vienna", "rome": "Europe/Rome",
	"italian": "Europe/Rome", "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo", "copenhagen": "Europe/Copenhagen",
	"warsaw": "Europe/Warsaw", "prague": "Europe/Prague", "athens": "Europe/Athens", "helsinki": "Europe/Helsinki",
	"istanbul": "Europe/Istanbul", "moscow": "Europe/Moscow", "kyiv": "Europe/Kyiv", "kiev": "Europe/Kyiv",
	"central european": "Europe/Berlin", "eastern european": "Europe/Athens", "western european": "Europe/Lisbon",
	"india": "Asia/Kolkata", "indian": "Asia/Kolkata", "delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
	"bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata", "pune": "Asia/Kolkata",
	"hyderabad": "Asia/Kolkata", "singapore": "Asia/Singapore", "sg": "Asia/Singapore",
	"hong kong": "Asia/Hong_Kong", "hk": "Asia/Hong_Kong", "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo",
	"seoul": "Asia/Seoul", "korea": "Asia/Seoul", "shanghai": "Asia/Shanghai", "beijing": "Asia/Shanghai",
	"china": "Asia/Shanghai", "taipei": "Asia/Taipei", "manila": "Asia/Manila", "jakarta": "Asia/Jakarta",
	"bangkok": "Asia/Bangkok", "dubai": "Asia/Dubai", "gulf": "Asia/Dubai", "tel aviv": "Asia/Jerusalem",
	"israel": "Asia/Jerusalem", "sydney": "Australia/Sydney", "melbourne": "Australia/Melbourne",
	"brisbane": "Australia/Brisbane", "perth": "Australia/Perth", "auckland": "Pacific/Auckland",
	"nz": "Pacific/Auckland", "sao paulo": "America/Sao_Paulo", "brazil": "America/Sao_Paulo",
	"mexico city": "America/Mexico_City", "mexico": "America/Mexico_City", "cdmx": "America/Mexico_City",
	"bogota": "America/Bogota", "colombia": "America/Bogota", "lima": "America/Lima",
	"buenos aires": "America/Argentina/Buenos_Aires", "argentina": "America/Argentina/Buenos_Aires",
	"santiago": "America/Santiago", "chile": "America/Santiago", "cape town": "Africa/Johannesburg",
	"johannesburg": "Africa/Johannesburg", "lagos": "Africa/Lagos", "nairobi": "Africa/Nairobi",
	"cairo": "Africa/Cairo", "guadalajara": "America/Mexico_City", "monterrey": "America/Monterrey",
	// words used after "hora de", "heure de", "... Zeit"
	"ciudad de mexico": "America/Mexico_City", "espana": "Europe/Madrid", "peninsular": "Europe/Madrid",
	"mexicana": "America/Mexico_City", "espanola": "Europe/Madrid", "del centro": "America/Mexico_City",
	"del pacifico": "America/Los_Angeles", "del este": "America/New_York",
	"francaise": "Europe/Paris", "de paris": "Europe/Paris", "de montreal": "America/Toronto",
	"du quebec": "America/Toronto", "de l'est": "America/Toronto", "l'est": "America/Toronto", "est": "America/Toronto",
	"deutscher": "Europe/Berlin", "deutsche": "Europe/Berlin", "berliner": "Europe/Berlin",
	"wiener": "Europe/Vienna", "schweizer": "Europe/Zurich", "mitteleuropaischer": "Europe/Berlin",
	"osterreichischer": "Europe/Vienna", "munchner": "Europe/Berlin", "hamburger": "Europe/Berlin",
	"zuricher": "Europe/Zurich", "madrileno": "Europe/Madrid", "cuba": "America/Havana", "la habana": "America/Havana",
	"havana": "America/Havana", "peru": "America/Lima", "ecuador": "America/Guayaquil",
	// more cities people name their time by
	"geneva": "Europe/Zurich", "geneve": "Europe/Zurich", "basel": "Europe/Zurich", "bern": "Europe/Zurich",
	"hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin", "cologne": "Europe/Berlin", "koln": "Europe/Berlin",
	"milan": "Europe/Rome", "milano": "Europe/Rome", "lyon": "Europe/Paris", "luxembourg": "Europe/Luxembourg",
	"edinburgh": "Europe/London", "manchester": "Europe/London", "belfast": "Europe/London", "cork": "Europe/Dublin",
	"porto": "Europe/Lisbon", "seville": "Europe/Madrid", "valencia": "Europe/Madrid", "bucharest": "Europe/Bucharest",
	"budapest": "Europe/Budapest", "riyadh": "Asia/Riyadh", "doha": "Asia/Qatar", "abu dhabi": "Asia/Dubai",
	"karachi": "Asia/Karachi", "dhaka": "Asia/Dhaka", "kuala lumpur": "Asia/Kuala_Lumpur", "kl": "Asia/Kuala_Lumpur",
	"ho chi minh": "Asia/Ho_Chi_Minh", "hanoi": "Asia/Bangkok", "osaka": "Asia/Tokyo", "adelaide": "Australia/Adelaide",
	"canberra": "Australia/Sydney", "hobart": "Australia/Hobart", "wellington": "Pacific/Auckland",
	"accra": "Africa/Accra", "kigali": "Africa/Kigali", "addis ababa": "Africa/Addis_Ababa", "casablanca": "Africa/Casablanca",
	"montevideo": "America/Montevideo", "caracas": "America/Caracas", "quito": "America/Guayaquil",
	"panama": "America/Panama", "san jose": "America/Costa_Rica", "houston": "America/Chicago", "dallas": "America/Chicago",
	"atlanta": "America/New_York", "miami": "America/New_York", "washington": "America/New_York", "dc": "America/New_York",
	"philadelphia": "America/New_York", "detroit": "America/Detroit", "minneapolis": "America/Chicago",
	"salt lake": "America/Denver", "boulder": "America/Denver", "portland": "America/Los_Angeles",
	"san diego": "America/Los_Angeles", "winnipeg": "America/Winnipeg", "edmonton": "America/Edmonton",
}

// maxZoneWords is the longest key in zoneWords, in words.
const maxZoneWords = 3
