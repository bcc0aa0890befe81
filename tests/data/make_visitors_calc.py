rows = [
 # date, time_in, time_out, name, relative, village, mobile, purpose, met, outcome, r1, r2, suggestion
 ("2026-11-16","10:15:00","11:05:00","रामेश्वर   प्रसाद   यादव","शिवनाथ यादव","रामपुर","9876543210","service","सचिव","done",4,5,""),
 ("2026-11-16","14:40:00","","Sunita Devi","Ram Lal","Kishanpur","","enquiry","","","", "",""),
 ("2026-11-17","09:05:00","09:30:00","मोहन लाल","बद्री प्रसाद","रामपुर","","complaint","ग्राम प्रधान","pending",3,4,"नाली की सफ़ाई जल्दी हो"),
 ("2026-11-18","12:00:00","12:45:00","Abdul Karim","Rahim Khan","Sultanpur","+91 94150 12345","service","Secretary","done",5,5,""),
 ("2026-11-20","16:30:00","17:10:00","गीता कुमारी","मोहन लाल","रामपुर","","meeting","","done",4,4,""),
]
head = ["date","time_in","time_out","name","relative_name","village","mobile","purpose","met_whom","outcome","service_time_rating","behaviour_rating","suggestion"]
def s(v): return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % str(v).replace('&','&amp;').replace('<','&lt;').replace('>','&gt;')
def d(v):
    y,m,dd=v.split('-'); return '<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="%s"><text:p>%d/%d/%s</text:p></table:table-cell>' % (v,int(dd),int(m),y[2:])
def t(v):
    if not v: return '<table:table-cell/>'
    h,mi,se=v.split(':'); return '<table:table-cell table:style-name="ceTime" office:value-type="time" office:time-value="PT%sH%sM%sS"><text:p>%s</text:p></table:table-cell>' % (h,mi,se,v)
def n(v):
    if v=="" : return '<table:table-cell/>'
    return '<table:table-cell office:value-type="float" office:value="%d"><text:p>%d</text:p></table:table-cell>' % (v,v)
def write(rows, path):
    """The rows as a LibreOffice Calc sheet (flat ODF), dates and times as Calc's own values."""
    out=['''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:date-style style:name="NDate"><number:day/><number:text>/</number:text><number:month/><number:text>/</number:text><number:year/></number:date-style>
<number:time-style style:name="NTime"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/><number:text> </number:text><number:am-pm/></number:time-style>
<style:style style:name="ceDate" style:family="table-cell" style:data-style-name="NDate"/>
<style:style style:name="ceTime" style:family="table-cell" style:data-style-name="NTime"/>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="आगंतुक">''']
    out.append('<table:table-row>'+''.join(s(h) for h in head)+'</table:table-row>')
    for r in rows:
        out.append('<table:table-row>'+d(r[0])+t(r[1])+t(r[2])+''.join(s(x) for x in r[3:10])+n(r[10])+n(r[11])+s(r[12])+'</table:table-row>')
    out.append('</table:table></office:spreadsheet></office:body></office:document>\n')
    open(path,'w').write('\n'.join(out))

if __name__ == '__main__':
    write(rows, 'visitors-calc.fods')
