// Preloaded (node --require) into the offline verifier in tests: any attempt to open a socket or
// resolve a name throws, so a verification that passes used no network (and so no database).
const net = require('node:net');
const dns = require('node:dns');
const refuse = () => {
  throw new Error('network access denied in the offline verifier');
};
net.Socket.prototype.connect = refuse;
net.connect = refuse;
net.createConnection = refuse;
dns.lookup = refuse;
dns.promises.lookup = refuse;
globalThis.fetch = refuse;
