import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type PatuhApi } from '../shared/contract';

/**
 * The page's only door to main: one function per channel of the contract, frozen.
 * There is deliberately no generic `invoke(channel)`.
 */
const api = Object.freeze(
  Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
) as PatuhApi;

contextBridge.exposeInMainWorld('patuh', api);
