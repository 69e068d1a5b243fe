/**
 * Fund management and account administration: networks, deposit addresses, transfers,
 * crypto withdrawals "to an address" (in the sandbox sense: the balance goes down and a
 * withdrawal record appears; nothing leaves the emulator), notional balances, payment methods,
 * and the accounts of a master key's group. Every id, address and hash is derived from the
 * account and a counter, so a scripted session sees the same data on every run.
 */
import type { KeyRecord } from './auth.ts';
import {
  decimal,
  formatDecimal,
  formatFixedPlaces,
  multiply,
  parseDecimal,
  type Fixed,
} from './decimal.ts';
import { GeminiError } from './errors.ts';
import {
  availableOf,
  balanceOf,
  balancesView,
  createAccount,
  findSymbol,
  STARTING_BALANCES,
  type Account,
} from './market.ts';
import { describe } from './order-params.ts';
import { CURRENCY_NAMES } from './public-routes.ts';

/** Which networks carry which currency (Gemini's network names). */
export const NETWORKS: Readonly<Record<string, readonly string[]>> = {
  BTC: ['bitcoin'],
  ETH: ['ethereum'],
  SOL: ['solana'],
  LTC: ['litecoin'],
  BCH: ['bitcoincash'],
  LINK: ['ethereum'],
  OXT: ['ethereum'],
  BAT: ['ethereum'],
  DAI: ['ethereum'],
};
const ALL_NETWORKS = [...new Set(Object.values(NETWORKS).flat())];

/** USD values of currencies without a USD pair in the emulator (the emulator's choice). */
const USD_PRICES: Readonly<Record<string, string>> = {
  USD: '1',
  DAI: '1',
  OXT: '0.08',
  BAT: '0.20',
};

const MAX_TRANSFERS = 1_000;
const MAX_ADDRESSES_PER_NETWORK = 100;
const MAX_ACCOUNTS_PER_GROUP = 20;

interface TransferRecord {
  type: 'Deposit' | 'Withdrawal';
  status: 'Complete';
  timestampms: number;
  eid: number;
  currency: string;
  amount: string;
  network?: string;
  method?: string;
  destination?: string;
  withdrawalId?: string;
  txHash?: string;
  feeAmount?: string;
  feeCurrency?: string;
}

interface AddressRecord {
  address: string;
  timestamp: number;
  label?: string;
  network: string;
}

interface FundsState {
  transfers: TransferRecord[];
  addresses: Map<string, AddressRecord[]>;
  counter: number;
}

const states = new WeakMap<Account, FundsState>();

/** The account's funding history, starting with the deposits that funded it. */
function fundsOf(account: Account): FundsState {
  let state = states.get(account);
  if (!state) {
    state = { transfers: [], addresses: new Map(), counter: 0 };
    for (const [currency, amount] of Object.entries(STARTING_BALANCES)) {
      const network = NETWORKS[currency]?.[0];
      state.transfers.push({
        type: 'Deposit',
        status: 'Complete',
        timestampms: account.createdMs,
        eid: 300_000_000 + state.transfers.length,
        currency,
        amount,
        ...(network
          ? { network, txHash: hexId(account, `deposit-${currency}`, 64) }
          : { method: 'ACH' }),
      });
    }
    states.set(account, state);
  }
  return state;
}

/** A deterministic hex string from the account and a label (FNV-1a, repeated). */
function hexId(account: Account, label: string, length: number): string {
  let text = '';
  let seed = 2_166_136_261;
  for (const char of `${account.shortName}:${account.createdMs}:${label}`) {
    seed = Math.imul(seed ^ char.charCodeAt(0), 16_777_619) >>> 0;
  }
  while (text.length < length) {
    seed = Math.imul(seed ^ (text.length + 1), 16_777_619) >>> 0;
    text += seed.toString(16).padStart(8, '0');
  }
  return text.slice(0, length);
}

function uuid(account: Account, label: string): string {
  const hex = hexId(account, label, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** A testnet-looking address for the network (the sandbox's addresses are testnet ones). */
function addressFor(account: Account, network: string, index: number): string {
  const hex = hexId(account, `${network}-${index}`, 80);
  const base58 = (length: number) =>
    Array.from({ length }, (_, i) => BASE58[parseInt(hex.slice(i * 2, i * 2 + 2), 16) % 58]).join(
      '',
    );
  switch (network) {
    case 'ethereum':
      return `0x${hex.slice(0, 40)}`;
    case 'solana':
      return base58(44);
    case 'bitcoincash':
      return `bchtest:q${hex.slice(0, 40)}`;
    case 'litecoin':
      return `Q${base58(33)}`;
    default:
      return `n${base58(33)}`;
  }
}

function requireNetwork(text: string): string {
  const network = text.toLowerCase();
  if (!ALL_NETWORKS.includes(network)) {
    throw new GeminiError(
      'InvalidSymbol',
      `Unknown network '${text.slice(0, 40)}'. Networks: ${ALL_NETWORKS.join(', ')}.`,
    );
  }
  return network;
}

function requireCurrency(text: unknown, what = 'currency'): string {
  const currency = typeof text === 'string' ? text.toUpperCase() : '';
  if (!(currency in STARTING_BALANCES) && !(currency in NETWORKS)) {
    throw new GeminiError(
      'InvalidSymbol',
      `Unknown ${what} ${describe(text)}. Currencies: ${Object.keys(STARTING_BALANCES).join(', ')}.`,
    );
  }
  return currency;
}

/** `GET /v2/network/:token` */
export function networksOf(token: string) {
  const currency = requireCurrency(token, 'token');
  return { token: currency, network: [...(NETWORKS[currency] ?? [])] };
}

/** `/v1/addresses/:network` */
export function listAddresses(account: Account, networkText: string) {
  const network = requireNetwork(networkText);
  return (fundsOf(account).addresses.get(network) ?? []).map((entry) => ({ ...entry }));
}

/** `/v1/deposit/:network/newAddress` (`label` optional; `legacy` accepted and ignored). */
export function newAddress(
  account: Account,
  networkText: string,
  payload: Record<string, unknown>,
  nowMs: number,
) {
  const network = requireNetwork(networkText);
  const label = payload.label;
  if (label !== undefined && (typeof label !== 'string' || label.length > 100)) {
    throw new GeminiError(
      'InvalidJson',
      `label must be a string of at most 100 characters, got ${describe(label)}.`,
    );
  }
  const funds = fundsOf(account);
  const list = funds.addresses.get(network) ?? [];
  const entry: AddressRecord = {
    address: addressFor(account, network, list.length),
    timestamp: nowMs,
    ...(label !== undefined ? { label } : {}),
    network,
  };
  list.push(entry);
  if (list.length > MAX_ADDRESSES_PER_NETWORK) list.shift();
  funds.addresses.set(network, list);
  return { network, address: entry.address, ...(label !== undefined ? { label } : {}) };
}

/** `/v2/transfers`: newest first; `currency`, `network`, `timestamp`, `limit_transfers` filter. */
export function listTransfers(account: Account, payload: Record<string, unknown>) {
  const currency = payload.currency === undefined ? undefined : requireCurrency(payload.currency);
  const network =
    payload.network === undefined
      ? undefined
      : requireNetwork(typeof payload.network === 'string' ? payload.network : '');
  const limit = wholeNumber(payload.limit_transfers, 'limit_transfers', 10, 1, 50);
  let since = wholeNumber(payload.timestamp, 'timestamp', 0, 0, Number.MAX_SAFE_INTEGER);
  if (since < 1e11) since *= 1000;
  return fundsOf(account)
    .transfers.filter(
      (transfer) =>
        (!currency || transfer.currency === currency) &&
        (!network || transfer.network === network) &&
        transfer.timestampms >= since,
    )
    .slice()
    .sort((a, b) => b.timestampms - a.timestampms || b.eid - a.eid)
    .slice(0, limit)
    .map((transfer) => ({ ...transfer }));
}

/** `/v2/withdraw/:network/:ticker`: `address` and `amount` (decimal string) required. */
export function withdraw(
  account: Account,
  networkText: string,
  tickerText: string,
  payload: Record<string, unknown>,
  nowMs: number,
) {
  const network = requireNetwork(networkText);
  const currency = requireCurrency(tickerText, 'ticker');
  if (!(NETWORKS[currency] ?? []).includes(network)) {
    throw new GeminiError(
      'InvalidSymbol',
      `${currency} is not withdrawn over ${network}; its networks: ${(NETWORKS[currency] ?? []).join(', ') || 'none'}.`,
    );
  }
  const { address, amount: amountText, memo, clientTransferId } = payload;
  if (typeof address !== 'string' || !/^[A-Za-z0-9:]{20,128}$/.test(address)) {
    throw new GeminiError(
      'InvalidJson',
      `address must be the destination address as a string (20 to 128 letters and digits), got ${describe(address)}.`,
    );
  }
  const amount = typeof amountText === 'string' ? parseDecimal(amountText) : undefined;
  if (amount === undefined || amount <= 0n) {
    throw new GeminiError(
      'InvalidQuantity',
      `amount must be a positive decimal string like "0.01", got ${describe(amountText)}.`,
    );
  }
  for (const [name, value] of [
    ['memo', memo],
    ['clientTransferId', clientTransferId],
  ] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length > 100)) {
      throw new GeminiError(
        'InvalidJson',
        `${name} must be a string of at most 100 characters, got ${describe(value)}.`,
      );
    }
  }
  const available = availableOf(account, currency);
  if (available < amount) {
    throw new GeminiError(
      'InsufficientFunds',
      `Insufficient funds: the withdrawal needs ${formatDecimal(amount)} ${currency}, but only ${formatDecimal(available)} ${currency} is available for withdrawal.`,
    );
  }
  const funds = fundsOf(account);
  const withdrawalId =
    typeof clientTransferId === 'string' ? clientTransferId : uuid(account, `w${funds.counter++}`);
  account.balances.set(currency, balanceOf(account, currency) - amount);
  funds.transfers.push({
    type: 'Withdrawal',
    status: 'Complete',
    timestampms: nowMs,
    eid: 300_000_000 + funds.counter++ + funds.transfers.length,
    currency,
    amount: formatDecimal(amount),
    network,
    destination: address,
    withdrawalId,
    txHash: hexId(account, withdrawalId, 64),
    feeAmount: '0',
    feeCurrency: currency,
  });
  if (funds.transfers.length > MAX_TRANSFERS) funds.transfers.shift();
  return { withdrawalId, address, amount: formatDecimal(amount), currency, fee: '0' };
}

/** USD value of an amount at the emulator's reference prices, or undefined. */
function usdValue(currency: string, amount: Fixed): Fixed | undefined {
  const fixed = USD_PRICES[currency];
  if (fixed) return multiply(amount, decimal(fixed));
  const spec = findSymbol(`${currency}usd`);
  return spec ? multiply(amount, decimal(spec.referencePrice)) : undefined;
}

/** `/v1/notionalbalances/:currency`: the only notional currency is usd, as on Gemini. */
export function notionalBalances(account: Account, currencyText: string) {
  if (currencyText.toLowerCase() !== 'usd') {
    throw new GeminiError(
      'InvalidSymbol',
      `Notional balances are quoted in usd only; use /v1/notionalbalances/usd, not '${currencyText.slice(0, 20)}'.`,
    );
  }
  const usd = (currency: string, amount: Fixed) =>
    formatFixedPlaces(usdValue(currency, amount) ?? 0n, 2).replace(/(\.\d{2})\d*$/, '$1');
  return balancesView(account).map((balance) => {
    const currency = balance.currency as string;
    const amount = balanceOf(account, currency);
    const available = availableOf(account, currency);
    return {
      currency,
      amount: balance.amount,
      amountNotional: usd(currency, amount),
      available: balance.available,
      availableNotional: usd(currency, available),
      availableForWithdrawal: balance.availableForWithdrawal,
      availableForWithdrawalNotional: usd(currency, available),
    };
  });
}

/** `/v1/payments/methods`: the USD balance and one fictitious bank. */
export function paymentMethods(account: Account) {
  return {
    balances: balancesView(account).filter((balance) => balance.currency === 'USD'),
    banks: [{ bank: 'Emulator Bank Checking - 0000', bankId: uuid(account, 'bank') }],
  };
}

function counterpartyId(record: KeyRecord, account: Account): string {
  return hexId(account, record.key, 8)
    .toUpperCase()
    .replace(/[0-9]/g, (d) => 'EMONXYZKLP'[+d]);
}

/** `/v1/account/list`: the accounts in a master key's group. */
export function listAccounts(record: KeyRecord) {
  requireMaster(record, '/v1/account/list');
  return [...record.accounts.values()].map((account) => ({
    name: account.name,
    account: account.shortName,
    type: 'exchange',
    counterparty_id: counterpartyId(record, account),
    created: account.createdMs,
    status: 'open',
  }));
}

/** `/v1/account/create`: a new exchange account in the group (`name` required). */
export function createGroupAccount(
  record: KeyRecord,
  payload: Record<string, unknown>,
  nowMs: number,
) {
  requireMaster(record, '/v1/account/create');
  const { name, type = 'exchange' } = payload;
  if (typeof name !== 'string' || !/^[\w .-]{1,50}$/.test(name)) {
    throw new GeminiError(
      'InvalidJson',
      `name must be 1 to 50 letters, digits, spaces, dots, dashes or underscores, got ${describe(name)}.`,
    );
  }
  if (type !== 'exchange') {
    throw new GeminiError(
      'InvalidJson',
      `The emulator creates exchange accounts only: set "type": "exchange" or leave it out (got ${describe(type)}).`,
    );
  }
  const shortName = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  if (record.accounts.has(shortName)) {
    throw new GeminiError('InvalidJson', `The group already has an account '${shortName}'.`);
  }
  if (record.accounts.size >= MAX_ACCOUNTS_PER_GROUP) {
    throw new GeminiError(
      'InvalidJson',
      `A group holds at most ${MAX_ACCOUNTS_PER_GROUP} accounts in the emulator.`,
    );
  }
  const account = createAccount(nowMs, shortName);
  account.name = name;
  // A new account starts empty, unlike the funded primary account.
  account.balances.clear();
  states.set(account, { transfers: [], addresses: new Map(), counter: 0 });
  record.accounts.set(shortName, account);
  return { account: shortName, type: 'exchange' };
}

/** `/v1/account/transfer/:currency`: moves funds between two accounts of the group. */
export function transferBetweenAccounts(
  record: KeyRecord,
  currencyText: string,
  payload: Record<string, unknown>,
) {
  requireMaster(record, '/v1/account/transfer');
  const currency = requireCurrency(currencyText);
  const account = (field: 'sourceAccount' | 'targetAccount') => {
    const name = payload[field];
    const found = typeof name === 'string' ? record.accounts.get(name) : undefined;
    if (!found) {
      throw new GeminiError(
        'MissingAccountName',
        `${field} must name an account of this group (${[...record.accounts.keys()].join(', ')}), got ${describe(name)}.`,
      );
    }
    return found;
  };
  const source = account('sourceAccount');
  const target = account('targetAccount');
  if (source === target) {
    throw new GeminiError('InvalidJson', 'sourceAccount and targetAccount must differ.');
  }
  const amount = typeof payload.amount === 'string' ? parseDecimal(payload.amount) : undefined;
  if (amount === undefined || amount <= 0n) {
    throw new GeminiError(
      'InvalidQuantity',
      `amount must be a positive decimal string like "1.5", got ${describe(payload.amount)}.`,
    );
  }
  if (availableOf(source, currency) < amount) {
    throw new GeminiError(
      'InsufficientFunds',
      `Insufficient funds: ${source.shortName} has ${formatDecimal(availableOf(source, currency))} ${currency} available, the transfer needs ${formatDecimal(amount)}.`,
    );
  }
  source.balances.set(currency, balanceOf(source, currency) - amount);
  target.balances.set(currency, balanceOf(target, currency) + amount);
  const funds = fundsOf(source);
  return {
    fromAccount: source.shortName,
    toAccount: target.shortName,
    amount: formatDecimal(amount),
    fee: '0',
    currency: CURRENCY_NAMES[currency] ?? currency,
    uuid: uuid(source, `t${funds.counter++}`),
    message: 'Success, transfer completed.',
  };
}

function requireMaster(record: KeyRecord, path: string) {
  if (record.settings.scope !== 'master') {
    throw new GeminiError(
      'AccountsOnGroupOnlyApi',
      `${path} needs a master API key (it acts on the accounts of a group); this is an account-level key. Mint one with {"scope":"master"}.`,
    );
  }
}

function wholeNumber(value: unknown, name: string, fallback: number, low: number, high: number) {
  if (value === undefined) return fallback;
  const text = describe(value)
    .replace(/ \(a JSON number\)$/, '')
    .replace(/^"|"$/g, '');
  if (!/^\d{1,15}$/.test(text)) {
    throw new GeminiError('InvalidJson', `${name} must be a whole number, got ${describe(value)}.`);
  }
  return Math.min(high, Math.max(low, Number(text)));
}
