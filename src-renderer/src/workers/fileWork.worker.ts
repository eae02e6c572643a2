import { performFileWork, type FileWorkMessage, type FileWorkRequest } from './fileWork';

// One request per worker: the page starts a worker for each file and terminates it to cancel.
addEventListener('message', (event: MessageEvent<FileWorkRequest>) => {
  void performFileWork(event.data, (message: FileWorkMessage) => postMessage(message));
});
