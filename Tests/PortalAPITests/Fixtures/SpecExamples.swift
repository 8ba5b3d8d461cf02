/// The example bodies of `userapi.swagger.json`, verbatim (including its invalid JSON and "(...)" elisions).
enum SpecExamples {
    static let balance = #"""
{
 {
 "success": true,
 "details": {
 "currency": "USD",
 "acc_balance": "123456.55",
 "acc_credit": "0.00"
 }
 }
}
"""#

    static let invoices = #"""
{
 "invoices": [
 {
 "id": "308976",
 "date": "2016-12-30",
 "dateorig": "2016-12-30",
 "duedate": "2017-01-06",
 "paybefore": "2017-01-06",
 "total": "19.65",
 "datepaid": "2016-12-30 12:40:47",
 "status": "Paid",
 "merge_id": null,
 "number": "2016\/12\/1",
 "currency": "USD"
 }
 ]
}
"""#

    static let invoice = #"""
{
 "invoice": {
 "id": "308976",
 "status": "Paid",
 "date": "2016-12-30",
 "duedate": "2017-01-06",
 "paybefore": "2017-01-06",
 "datepaid": "2016-12-30 12:40:47",
 "subtotal": 16.24,
 "credit": 0,
 "tax": 3.41,
 "taxrate": 21,
 "tax2": 0,
 "taxrate2": 0,
 "taxexempt": "0",
 "total": 19.65,
 "rate": 1,
 "rate2": 0,
 "rate3": 1,
 "notes": "",
 "items": [
 {
 "id": "12305",
 "invoice_id": "308976",
 "type": "Other",
 "item_id": "0",
 "description": "Example Service",
 "amount": "15.00",
 "taxed": "1",
 "qty": "1.00",
 "linetotal": "15.00"
 },
 {
 "id": "12309",
 "invoice_id": "308976",
 "type": "Other",
 "item_id": "-2",
 "description": "PayPal Payment Fee",
 "amount": "1.24",
 "taxed": "1",
 "qty": "1.00",
 "linetotal": "1.24"
 }
 ],
 "client": {
 "id": "26",
 "email": "api@example.com",
 "firstname": "Joe",
 "lastname": "Doe",
 "companyname": "",
 "address1": "Pretty View Lane",
 "address2": "3194",
 "city": "Santa Rosa",
 "state": "California",
 "postcode": "95401",
 "country": "US",
 "phonenumber": "+1.24123123"
 },
 "number": "2016\/12\/1",
 "currency": "USD"
 }
}
"""#

    static let services = #"""
{
 "services": [
 {
 "id": "301",
 "domain": "examplename.com",
 "total": "9.99",
 "status": "Pending",
 "billingcycle": "Monthly",
 "next_due": "2017-12-30",
 "category": "Hosting",
 "category_url": "hosting",
 "name": "Starter Hosting"
 }
 ]
}
"""#

    static let service = #"""
{
 "service": {
 "id": "301",
 "date_created": "2016-12-30",
 "domain": "examplename.com",
 "firstpayment": "9.99",
 "total": "9.99",
 "billingcycle": "Monthly",
 "next_due": "2017-12-30",
 "next_invoice": "2017-01-27",
 "status": "Active",
 "label": "",
 "username": "examplen",
 "password": "pdtzc",
 "name": "Starter Hosting"
 }
}
"""#

    static let methods = #"""
{
 "methods": [
 {
 "name": "Upgrade Request",
 "method": "POST",
 "route": "\/service\/@id\/upgrade"
 },
 {
 "name": "Upgrade Options",
 "method": "GET",
 "route": "\/service\/@id\/upgrade"
 },
 {
 "name": "Change service label",
 "method": "POST",
 "route": "\/service\/@id\/label"
 },
 {
 "name": "Service label",
 "method": "GET",
 "route": "\/service\/@id\/label"
 },
 {
 "name": "Cancel Service",
 "method": "POST",
 "route": "\/service\/@id\/cancel"
 }
 ]
}
"""#

    static let upgradeOptions = #"""
{
 "resources": [
 {
 "id": 1557,
 "name": "Bandwidth",
 "type": "select",
 "items": [
 {
 "id": "9953",
 "name": "100 GB",
 "price": 1,
 "setup_price": 0,
 "selected": true
 },
 {
 "id": "10103",
 "name": "500 GB",
 "price": 5,
 "setup_price": 0,
 "selected": false
 },
 {
 "id": "10104",
 "name": "1 TB",
 "price": 10,
 "setup_price": 0,
 "selected": false
 }
 ]
 }
 ],
 "package": []
}
"""#

    static let label = #"""
{
 "label": "example"
}
"""#

    static let categories = #"""
{
 "categories": [
 {
 "id": "10",
 "name": "Hosting",
 "description": "",
 "slug": "hosting"
 },
 {
 "id": "6",
 "name": "Domains",
 "description": "",
 "slug": "domains"
 },
 {
 "id": "16",
 "name": "Dedicated",
 "description": "",
 "slug": "dedicated"
 }
 ]
}
"""#

    static let products = #"""
{
 "products": [
 {
 "id": "333",
 "type": "1",
 "name": "Starter Hosting",
 "stock": false,
 "paytype": "Regular",
 "description": "Disk:10GB
Memory:2GB
MySql:10 DB
Email:100 Users
",
 "qty": "0",
 "tags": [

 ],
 "periods": [
 {
 "title": "m",
 "value": "m",
 "price": 9.99,
 "setup": 0,
 "selected": true
 },
 {
 "title": "a",
 "value": "a",
 "price": 109.89,
 "setup": 0,
 "selected": false
 },
 {
 "title": "b",
 "value": "b",
 "price": 199.8,
 "setup": 0,
 "selected": false
 },
 {
 "title": "t",
 "value": "t",
 "price": 299.7,
 "setup": 0,
 "selected": false
 }
 ]
 },
 (...)
 ]
}
"""#

    static let productConfiguration = #"""
{
 "product": {
 "id": "333",
 "category_name": "Hosting",
 "category_id": "49",
 "name": "Starter Hosting",
 "price": 9.99,
 "recurring": "m",
 "setup": 0,
 "config": {
 "product": [
 {
 "type": "select",
 "title": "pickcycle",
 "id": "cycle",
 "name": "cycle",
 "items": [
 {
 "title": "m",
 "value": "m",
 "price": 9.99,
 "setup": 0,
 "selected": true
 },
 {
 "title": "a",
 "value": "a",
 "price": 109.89,
 "setup": 0,
 "selected": false
 },
 {
 "title": "b",
 "value": "b",
 "price": 199.8,
 "setup": 0,
 "selected": false
 },
 {
 "title": "t",
 "value": "t",
 "price": 299.7,
 "setup": 0,
 "selected": false
 }
 ],
 "value": "m",
 "price": 9.99,
 "setup": 0
 },
 {
 "type": "input",
 "title": "domain",
 "id": "domain",
 "name": "domain",
 "value": null
 }
 ],
 "forms": [
 {
 "type": "select",
 "title": "Disk Size",
 "id": "1618",
 "firstItemId": 10330,
 "description": "",
 "name": "custom[1618]",
 "required": false,
 "multiple": false,
 "config": {
 "conditionals": []
 },
 "value": [],
 "textvalue": [],
 "price": 0,
 "recurring_price": 0,
 "setup": 0,
 "prorata_date": null,
 "items": [
 {
 "title": "512MB",
 "value": 1,
 "id": 10330,
 "price": 0,
 "setup": 0,
 "selected": false
 },
 {
 "title": "1GB",
 "value": 1,
 "id": 10331,
 "price": 0,
 "setup": 0,
 "selected": false
 },
 {
 "title": "2GB",
 "value": 1,
 "id": 10332,
 "price": 0,
 "setup": 0,
 "selected": false
 }
 ]
 },
 (...)
 ],
 "addons": [
 {
 "type": "subitem",
 "title": "Cpanel2: Add Extra IP",
 "id": "31",
 "value": null,
 "description": "Automatically adds IP address to account",
 "config": [
 {
 "type": "checkbox",
 "title": "add",
 "name": "addon[31]",
 "checked": false
 },
 {
 "type": "select",
 "title": "billingcycle",
 "name": "addon_cycles[31]",
 "items": [
 {
 "title": "m",
 "value": "m",
 "price": 5,
 "setup": 0,
 "selected": true
 },
 {
 "title": "q",
 "value": "q",
 "price": 20,
 "setup": 0,
 "selected": false
 },
 {
 "title": "a",
 "value": "a",
 "price": 50,
 "setup": 0,
 "selected": false
 }
 ]
 }
 ],
 "price": 0,
 "recurring_price": 0,
 "setup": 0,
 "prorata_date": null
 },
 (...)
 ],
 "subproducts": []
 },
 "recurring_price": 9.99,
 "prorata_date": null
 }
}
"""#

}
