import { Encoder, PacketType } from 'socket.io-parser';
import { ReusingEncoder, withJson } from './wire-encoder';

describe('ReusingEncoder', () => {
  const plain = new Encoder();
  const reusing = new ReusingEncoder();

  it('writes exactly what socket.io writes, from the JSON it was given', () => {
    const view = { seq: 7, pairId: 'p1', name: 'The "Okafors"', members: { mother: 'Ada', son: null }, list: [1, 2] };
    const packet = (payload: object, nsp = '/') => ({ type: PacketType.EVENT, nsp, data: ['view.pair', payload] });
    const json = JSON.stringify(view);
    expect(reusing.encode(packet(withJson(view, json)))).toEqual(plain.encode(packet(view)));
    const other = { ...view };
    expect(reusing.encode(packet(withJson(other, json), '/admin'))).toEqual(plain.encode(packet(other, '/admin')));
  });

  it('uses the given string, so a payload without one is serialized as usual', () => {
    const view = { seq: 1 };
    withJson(view, '{"seq":"marker"}');
    expect(reusing.encode({ type: PacketType.EVENT, nsp: '/', data: ['view.pair', view] })).toEqual(['2["view.pair",{"seq":"marker"}]']);
    const fresh = { seq: 2 };
    expect(reusing.encode({ type: PacketType.EVENT, nsp: '/', data: ['view.pair', fresh] })).toEqual(plain.encode({ type: PacketType.EVENT, nsp: '/', data: ['view.pair', fresh] }));
  });

  it('leaves acks, several arguments and binary to socket.io', () => {
    const view = withJson({ seq: 3 }, '{"seq":"marker"}');
    for (const packet of [
      { type: PacketType.EVENT, nsp: '/', id: 4, data: ['view.pair', view] },
      { type: PacketType.ACK, nsp: '/', id: 4, data: [view] },
      { type: PacketType.EVENT, nsp: '/', data: ['view.pair', view, 1] },
      { type: PacketType.EVENT, nsp: '/', data: ['bytes', Buffer.from('ab')] },
    ]) {
      expect(reusing.encode(packet)).toEqual(plain.encode(packet));
    }
  });
});
