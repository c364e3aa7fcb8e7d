"""Word's F9 on the contents list, done by LibreOffice: for each .docx given,
open it headless, read every contents index as written, update the index
(LibreOffice rebuilds it from the document, as Word's field update does) and
read it again. Prints JSON: [{"file": path, "indexes": [{"before": [...],
"after": [...], "fromMarks": bool, "fromOutline": bool}], "marks": [{"text",
"page"}]}], one string per contents paragraph ("Title<TAB>page"); "marks"
are the TC fields in document order with the page each lands on, read
before any index is updated.

Runs under Debian's /usr/bin/python3, which has the uno module
(python3-uno); one soffice process for all files, with a private profile so
a concurrent soffice cannot block it.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(work):
    pipe = 'referat_contents_%d' % os.getpid()
    office = subprocess.Popen(
        [
            'soffice',
            '-env:UserInstallation=' + uno.systemPathToFileUrl(os.path.join(work, 'profile')),
            '--headless',
            '--invisible',
            '--nologo',
            '--norestore',
            '--nodefault',
            '--accept=pipe,name=%s;urp;' % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        'com.sun.star.bridge.UnoUrlResolver', local
    )
    deadline = time.time() + 120
    while True:
        try:
            context = resolver.resolve(
                'uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe
            )
            return office, context
        except Exception:
            if office.poll() is not None or time.time() > deadline:
                office.kill()
                raise SystemExit('soffice did not start')
            time.sleep(0.2)


def paragraphs(index):
    text = index.getAnchor().getString()
    return text.split('\n') if text else []


def marks(document):
    """Each contents entry mark (a TC field) in document order: its text and
    the page LibreOffice lays it out on."""
    cursor = document.getCurrentController().getViewCursor()
    found = []
    paragraphs = document.getText().createEnumeration()
    while paragraphs.hasMoreElements():
        paragraph = paragraphs.nextElement()
        if not paragraph.supportsService('com.sun.star.text.Paragraph'):
            continue  # a table: no item heading is in one
        portions = paragraph.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.TextPortionType != 'DocumentIndexMark' or not portion.IsStart:
                continue
            mark = portion.DocumentIndexMark
            if not mark.supportsService('com.sun.star.text.ContentIndexMark'):
                continue
            cursor.gotoRange(mark.getAnchor(), False)
            found.append({'text': mark.AlternativeText, 'page': cursor.getPage()})
    return found


def read(desktop, path):
    url = uno.systemPathToFileUrl(os.path.abspath(path))
    document = desktop.loadComponentFromURL(url, '_blank', 0, (prop('Hidden', True),))
    try:
        entry_marks = marks(document)
        indexes = document.getDocumentIndexes()
        found = []
        for i in range(indexes.getCount()):
            index = indexes.getByIndex(i)
            if not index.supportsService('com.sun.star.text.ContentIndex'):
                continue
            before = paragraphs(index)
            index.update()
            found.append(
                {
                    'before': before,
                    'after': paragraphs(index),
                    'fromMarks': bool(index.CreateFromMarks),
                    'fromOutline': bool(index.CreateFromOutline),
                }
            )
        return {'file': path, 'marks': entry_marks, 'indexes': found}
    finally:
        document.close(True)


def main(paths):
    work = tempfile.mkdtemp(prefix='referat-uno-')
    office, context = start_office(work)
    try:
        desktop = context.ServiceManager.createInstanceWithContext(
            'com.sun.star.frame.Desktop', context
        )
        results = [read(desktop, path) for path in paths]
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as soffice quits
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
        shutil.rmtree(work, ignore_errors=True)
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main(sys.argv[1:])
