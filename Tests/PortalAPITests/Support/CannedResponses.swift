/// Small answers the fake-transport tests share.
let loginOK = #"{"token": "T1", "refresh": "R1"}"#
let servicesOK = #"{"services": [{"id": "301", "name": "Starter", "status": "Active", "total": "9.99"}]}"#
