#!/bin/sh
# Regenerates the throwaway certificates TLSTransportTests use (valid for 100 years; the CA key is not kept).
#   ca.pem                         "pio test CA"
#   localhost.pem, -key.pem        signed by the CA, DNS:localhost and IP:127.0.0.1
#   localhost-name-only.pem, -key  signed by the CA, DNS:localhost only (so https://127.0.0.1 does not match)
#   stranger.pem, -key.pem         self-signed, DNS:localhost and IP:127.0.0.1 (no CA the client trusts)
set -eu
cd "$(dirname "$0")"
days=36500
ec="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

openssl req -x509 $ec -days $days -subj "/CN=pio test CA" -keyout "$work/ca-key.pem" -out ca.pem \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

leaf() {   # name, subjectAltName
    openssl req $ec -subj "/CN=localhost" -keyout "$1-key.pem" -out "$work/$1.csr"
    printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n' "$2" > "$work/$1.ext"
    openssl x509 -req -in "$work/$1.csr" -CA ca.pem -CAkey "$work/ca-key.pem" -CAcreateserial -days $days \
        -extfile "$work/$1.ext" -out "$1.pem"
}
leaf localhost "DNS:localhost,IP:127.0.0.1"
leaf localhost-name-only "DNS:localhost"

openssl req -x509 $ec -days $days -subj "/CN=localhost" -keyout stranger-key.pem -out stranger.pem \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -addext "basicConstraints=CA:FALSE"
rm -f ca.srl
