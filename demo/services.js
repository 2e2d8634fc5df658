// The customer's services in the demo's Area Clienti, each with its automatic renewal: what the
// host's backend would render. The PayPal accounts charged are the demo's registered ones.

const euro = (value) => ({ value, currency: 'EUR' });

export const initialServices = (accounts) => [
  {
    id: 'srv-pec',
    name: 'PEC Standard — mario.rossi@pec.example.it',
    kind: 'pec',
    expiryDate: '2027-11-20',
    renewal: {
      enabled: true,
      period: 'P1Y',
      nextChargeDate: '2027-11-20',
      amount: euro('6.10'),
      account: accounts[0],
    },
  },
  {
    id: 'srv-spid',
    name: 'SPID Professionale',
    kind: 'spid',
    expiryDate: '2027-09-02',
    renewal: { enabled: false, period: 'P1Y', amount: euro('36.60') },
  },
  {
    id: 'srv-conservazione',
    name: 'Conservazione a norma',
    kind: 'conservazione',
    expiryDate: '2027-11-21',
    renewal: {
      enabled: true,
      period: 'P1Y',
      nextChargeDate: '2027-11-21',
      amount: euro('1171.20'),
      account: accounts[1],
    },
  },
  {
    id: 'srv-firma',
    name: 'Firma Digitale Remota',
    kind: 'firma-digitale',
    expiryDate: '2029-11-21',
  },
];
