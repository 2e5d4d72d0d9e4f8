"""人员登记: people's records, identity-number rules, search keys and who is on the register.

Declares (``desktop.models.capabilities``) its indicators, its demo step (the register, first)
and the words for its audit entries.
"""

from desktop.models.admin.audit_fields import AuditLabels
from desktop.models.demo import DemoStep
from desktop.models.messages import QT_TRANSLATE_NOOP

INDICATORS = ("desktop.models.people.indicator_provider:PROVIDER",)
DEMO = (DemoStep(0, "desktop.models.demo.demo:generate_people"),)
AUDIT_LABELS = (AuditLabels(
    order=10,
    tables={"person": QT_TRANSLATE_NOOP("AuditModel", "人员")},
    fields={
        "name": QT_TRANSLATE_NOOP("AuditValues", "姓名"),
        "sex": QT_TRANSLATE_NOOP("AuditValues", "性别"),
        "birth_date": QT_TRANSLATE_NOOP("AuditValues", "出生日期"),
        "id_number": QT_TRANSLATE_NOOP("AuditValues", "身份证号"),
        "phone": QT_TRANSLATE_NOOP("AuditValues", "联系电话"),
        "street": QT_TRANSLATE_NOOP("AuditValues", "街道"),
        "community": QT_TRANSLATE_NOOP("AuditValues", "社区"),
        "address": QT_TRANSLATE_NOOP("AuditValues", "住址"),
        "emergency_contact": QT_TRANSLATE_NOOP("AuditValues", "紧急联系人"),
        "emergency_phone": QT_TRANSLATE_NOOP("AuditValues", "紧急联系电话"),
        "notes": QT_TRANSLATE_NOOP("AuditValues", "备注"),
        "is_member": QT_TRANSLATE_NOOP("AuditValues", "残疾人会员"),
        "cert_number": QT_TRANSLATE_NOOP("AuditValues", "残疾人证号"),
        "programmes": QT_TRANSLATE_NOOP("AuditValues", "服务项目"),
        "joined_on": QT_TRANSLATE_NOOP("AuditValues", "入会日期"),
        "left_on": QT_TRANSLATE_NOOP("AuditValues", "离开日期"),
        "card_number": QT_TRANSLATE_NOOP("AuditValues", "签到卡号"),
        "is_volunteer": QT_TRANSLATE_NOOP("AuditValues", "志愿者"),
        "volunteer_number": QT_TRANSLATE_NOOP("AuditValues", "志愿者编号"),
        "organisation": QT_TRANSLATE_NOOP("AuditValues", "所属组织"),
        "family_links": QT_TRANSLATE_NOOP("AuditValues", "关联会员"),
        "photo": QT_TRANSLATE_NOOP("AuditValues", "照片"),
        "archived_at": QT_TRANSLATE_NOOP("AuditValues", "归档时间"),
    }),)
