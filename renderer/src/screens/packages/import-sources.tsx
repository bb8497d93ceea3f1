import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorText } from '../../api/errors';
import { useNotice } from '../../components/notice';
import { packagesInFolder, takeDrop } from './dropped-files';

interface ImportSourcesProps {
  onPaths: (paths: string[]) => void;
  onFiles: (files: File[]) => void;
}

/** Where packages come from: the open dialog (files, or a whole folder), or a drop of files and folders. */
export function ImportSources({ onPaths, onFiles }: ImportSourcesProps) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [over, setOver] = useState(false);

  async function choose(folders: boolean) {
    try {
      // [] = cancelled (or a folder without packages): nothing to add.
      onPaths(await call('packages.choose', { folders }));
    } catch (error) {
      notice(errorText(t, error), 'error');
    }
  }

  async function drop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    const { files, folders } = takeDrop(e.dataTransfer);
    const inFolders = (await Promise.all(folders.map(packagesInFolder))).flat();
    if (folders.length > 0 && inFolders.length === 0 && files.length === 0) notice(t('packages.import.emptyFolder'), 'error');
    if (files.length + inFolders.length > 0) onFiles([...files, ...inFolders]);
  }

  return (
    <div className="import-sources">
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void choose(false)}>{t('packages.import.chooseFiles')}</button>
        <button type="button" className="button" onClick={() => void choose(true)}>{t('packages.import.chooseFolder')}</button>
      </div>
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void drop(e)}
      >
        {t('packages.import.dropHint')}
      </div>
    </div>
  );
}
