// Place a small limit order in the Gemini exchange sandbox, look it up, then cancel it.
//   node --experimental-strip-types place-and-cancel-order.ts   (env as for sign-request.ts)
import { privatePost, show } from './sign-request.ts';

// A buy far below the market with maker-or-cancel: it rests on the book and never fills.
const order = await privatePost('/v1/order/new', {
  client_order_id: `tutorial-${Date.now()}`,
  symbol: 'btcusd',
  amount: '0.001',
  price: '1.00',
  side: 'buy',
  type: 'exchange limit',
  options: ['maker-or-cancel'],
});
show('POST /v1/order/new', order);
const orderId = (order.body as { order_id?: string }).order_id;
if (order.status !== 200 || !orderId) {
  console.error('The order was not accepted; the reason above says why.');
  process.exit(1);
}

// order_id comes back as a string but goes out as a JSON number.
show('POST /v1/order/status', await privatePost('/v1/order/status', { order_id: Number(orderId) }));
const cancel = await privatePost('/v1/order/cancel', { order_id: Number(orderId) });
show('POST /v1/order/cancel', cancel);
if (cancel.status !== 200) process.exitCode = 1;
