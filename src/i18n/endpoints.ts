import { defineStrings } from './index.ts';

/**
 * The texts of the emulator's endpoint catalogue (src/lib/emulator/catalogue.ts keeps the
 * facts): `endpoint` by catalogue path, `param` by the id a catalogue param names in its
 * `text`, so a text several endpoints share exists once. src/lib/emulator/catalogue-text.ts
 * reads them; its types make a catalogue path without its text a compile error.
 */
export default defineStrings({
  en: {
    endpoint: {
      '/v1/balances':
        'Balances per currency: total amount, available (not held by open orders) and available for withdrawal.',
      '/v1/order/new':
        'Place a limit order. A buy at or above the ask (a sell at or below the bid) fills; otherwise it rests in the book.',
      '/v1/order/status': 'The state of one order, by order_id or client_order_id.',
      '/v1/order/cancel': 'Cancel one open order.',
      '/v1/order/cancel/all': 'Cancel every open order of the account, from any key.',
      '/v1/order/cancel/session': 'Cancel the open orders placed with this API key (its session).',
      '/v1/orders': 'All open (live) orders.',
      '/v1/mytrades': 'Your past trades (fills), newest first.',
      '/v1/account': 'The account the key acts for: name, type, creation time, users.',
      '/v1/heartbeat':
        'Keeps a "requires heartbeat" key’s orders alive; any authenticated call does the same.',
      '/v1/roles': 'The roles of the calling API key.',
      '/v1/notionalvolume': 'Fee rates (basis points) and 30-day notional trading volume.',
      '/v1/symbols': 'All trading pairs.',
      '/v1/symbols/details/:symbol':
        'Currencies, tick size, price increment and minimum order size of a pair.',
      '/v1/pubticker/:symbol': 'Best bid, best ask, last price and 24 h volume.',
      '/v2/ticker/:symbol': 'Open, high, low, close and the last 24 hourly prices.',
      '/v1/orders/history': 'Closed orders (filled or cancelled), newest first, with their trades.',
      '/v1/tradevolume': 'Traded volume per symbol and day, split into maker/taker and buy/sell.',
      '/v1/notionalbalances/:currency': 'Balances with their value in USD.',
      '/v1/addresses/:network': 'Deposit addresses created on a network.',
      '/v1/deposit/:network/newAddress': 'Creates a deposit address on a network (Fund Manager).',
      '/v2/transfers': 'Deposits and withdrawals, newest first.',
      '/v2/withdraw/:network/:ticker':
        'Withdraws crypto to an address (Fund Manager). In the emulator the balance drops and a withdrawal appears; nothing leaves it.',
      '/v1/payments/methods': 'Payment methods: the USD balance and linked banks.',
      '/v1/account/list': 'The accounts in a master key’s group.',
      '/v1/account/create': 'Creates an exchange account in the group (master key, Administrator).',
      '/v1/account/transfer/:currency':
        'Moves funds between two accounts of the group (master key, Fund Manager).',
      '/v1/book/:symbol': 'The order book.',
      '/v1/trades/:symbol': 'Recent trades, newest first (the emulator’s own fills among them).',
      '/v1/pricefeed': 'Price and 24-hour change of every pair.',
      '/v1/feepromos': 'Symbols with fee promotions.',
      '/v2/candles/:symbol/:time_frame':
        'Candles: [time ms, open, high, low, close, volume], newest first.',
      '/v2/network/:token': 'The networks a currency travels on.',
      '/v1/order/events': 'Order events (WebSocket).',
    },
    param: {
      symbolInPath: 'Trading pair, e.g. btcusd.',
      symbolFilter: 'Only this trading pair.',
      orderSymbol: 'Trading pair.',
      network: 'Network, e.g. bitcoin, ethereum, solana.',
      currencyInPath: 'Currency, e.g. btc.',
      notionalCurrency: 'Notional currency: usd.',
      showPendingBalances: 'Also show pending deposits (accepted, no effect in the emulator).',
      newClientOrderId: 'Your own id for the order (a string under 100 characters).',
      orderAmount: 'Quantity in the base currency, as a decimal string.',
      price: 'Limit price in the quote currency, as a decimal string.',
      side: 'buy or sell.',
      orderType: 'Order type; the emulator supports "exchange limit".',
      orderOptions: 'At most one execution option.',
      orderId: 'The order id Gemini assigned (a JSON integer).',
      clientOrderId: 'Your own id from order/new, instead of order_id.',
      includeTrades: 'Add the order’s fills as trades[].',
      cancelOrderId: 'The order to cancel.',
      limitTrades: 'How many trades (default 50, at most 500).',
      tradesSince:
        'Only trades at or after this time (epoch seconds; milliseconds are accepted too).',
      limitOrders: 'How many orders (default 50, at most 500).',
      limitTransfers: 'How many (default 10, at most 50).',
      addressLabel: 'A label for the address.',
      address: 'Destination address.',
      amount: 'Amount as a decimal string.',
      accountName: 'Name of the new account.',
      sourceAccount: 'From this account.',
      targetAccount: 'To this account.',
      timeFrame: 'Time frame.',
    },
  },
  de: {
    endpoint: {
      '/v1/balances':
        'Guthaben je Währung: Gesamtbetrag, verfügbar (nicht durch offene Orders gebunden) und auszahlbar.',
      '/v1/order/new':
        'Eine Limit-Order platzieren. Ein Kauf ab dem Briefkurs (ein Verkauf bis zum Geldkurs) wird ausgeführt, sonst liegt die Order im Buch.',
      '/v1/order/status': 'Der Stand einer Order, per order_id oder client_order_id.',
      '/v1/order/cancel': 'Eine offene Order stornieren.',
      '/v1/order/cancel/all':
        'Alle offenen Orders des Kontos stornieren, egal mit welchem Schlüssel sie platziert wurden.',
      '/v1/order/cancel/session':
        'Die mit diesem API-Schlüssel (seiner Session) platzierten offenen Orders stornieren.',
      '/v1/orders': 'Alle offenen (aktiven) Orders.',
      '/v1/mytrades': 'Die eigenen bisherigen Trades (Ausführungen), neueste zuerst.',
      '/v1/account':
        'Das Konto, für das der Schlüssel handelt: Name, Typ, Anlagezeitpunkt, Nutzer.',
      '/v1/heartbeat':
        'Hält die Orders eines Schlüssels mit Heartbeat-Pflicht am Leben; jeder authentifizierte Aufruf wirkt genauso.',
      '/v1/roles': 'Die Rollen des aufrufenden API-Schlüssels.',
      '/v1/notionalvolume': 'Gebührensätze (Basispunkte) und das 30-Tage-Handelsvolumen.',
      '/v1/symbols': 'Alle Handelspaare.',
      '/v1/symbols/details/:symbol':
        'Währungen, Mengenschritt, Preisschritt und Mindestordergröße eines Paars.',
      '/v1/pubticker/:symbol': 'Bester Geldkurs, bester Briefkurs, letzter Preis und 24-h-Volumen.',
      '/v2/ticker/:symbol': 'Eröffnung, Hoch, Tief, Schluss und die letzten 24 Stundenpreise.',
      '/v1/orders/history':
        'Abgeschlossene Orders (ausgeführt oder storniert), neueste zuerst, mit ihren Trades.',
      '/v1/tradevolume': 'Handelsvolumen je Symbol und Tag, nach Maker/Taker und Kauf/Verkauf.',
      '/v1/notionalbalances/:currency': 'Guthaben mit ihrem Wert in USD.',
      '/v1/addresses/:network': 'Die auf einem Netzwerk angelegten Einzahlungsadressen.',
      '/v1/deposit/:network/newAddress':
        'Legt eine Einzahlungsadresse auf einem Netzwerk an (Fund Manager).',
      '/v2/transfers': 'Ein- und Auszahlungen, neueste zuerst.',
      '/v2/withdraw/:network/:ticker':
        'Zahlt Krypto an eine Adresse aus (Fund Manager). Im Emulator sinkt das Guthaben und eine Auszahlung erscheint; nichts verlässt ihn.',
      '/v1/payments/methods': 'Zahlungsmethoden: das USD-Guthaben und verknüpfte Banken.',
      '/v1/account/list': 'Die Konten in der Gruppe eines Master-Schlüssels.',
      '/v1/account/create':
        'Legt ein Börsenkonto in der Gruppe an (Master-Schlüssel, Administrator).',
      '/v1/account/transfer/:currency':
        'Verschiebt Guthaben zwischen zwei Konten der Gruppe (Master-Schlüssel, Fund Manager).',
      '/v1/book/:symbol': 'Das Orderbuch.',
      '/v1/trades/:symbol':
        'Letzte Trades, neueste zuerst (darunter die eigenen Ausführungen im Emulator).',
      '/v1/pricefeed': 'Preis und 24-Stunden-Änderung jedes Paars.',
      '/v1/feepromos': 'Symbole mit Gebührenaktionen.',
      '/v2/candles/:symbol/:time_frame':
        'Kerzen: [Zeit ms, Eröffnung, Hoch, Tief, Schluss, Volumen], neueste zuerst.',
      '/v2/network/:token': 'Die Netzwerke, über die eine Währung läuft.',
      '/v1/order/events': 'Order-Ereignisse (WebSocket).',
    },
    param: {
      symbolInPath: 'Handelspaar, z. B. btcusd.',
      symbolFilter: 'Nur dieses Handelspaar.',
      orderSymbol: 'Handelspaar.',
      network: 'Netzwerk, z. B. bitcoin, ethereum, solana.',
      currencyInPath: 'Währung, z. B. btc.',
      notionalCurrency: 'Bewertungswährung: usd.',
      showPendingBalances:
        'Auch ausstehende Einzahlungen zeigen (wird angenommen, wirkt im Emulator nicht).',
      newClientOrderId: 'Eigene Kennung der Order (ein String mit weniger als 100 Zeichen).',
      orderAmount: 'Menge in der Basiswährung, als Dezimalzahl in einem String.',
      price: 'Limitpreis in der Kurswährung, als Dezimalzahl in einem String.',
      side: 'buy (kaufen) oder sell (verkaufen).',
      orderType: 'Ordertyp; der Emulator unterstützt "exchange limit".',
      orderOptions: 'Höchstens eine Ausführungsoption.',
      orderId: 'Die von Gemini vergebene Order-ID (eine JSON-Ganzzahl).',
      clientOrderId: 'Die eigene Kennung aus order/new, statt order_id.',
      includeTrades: 'Die Ausführungen der Order als trades[] anhängen.',
      cancelOrderId: 'Die zu stornierende Order.',
      limitTrades: 'Wie viele Trades (Standard 50, höchstens 500).',
      tradesSince: 'Nur Trades ab diesem Zeitpunkt (Epoch-Sekunden; Millisekunden gehen auch).',
      limitOrders: 'Wie viele Orders (Standard 50, höchstens 500).',
      limitTransfers: 'Wie viele (Standard 10, höchstens 50).',
      addressLabel: 'Eine Bezeichnung für die Adresse.',
      address: 'Zieladresse.',
      amount: 'Betrag als Dezimal-String.',
      accountName: 'Name des neuen Kontos.',
      sourceAccount: 'Von diesem Konto.',
      targetAccount: 'Auf dieses Konto.',
      timeFrame: 'Zeitraum.',
    },
  },
});
